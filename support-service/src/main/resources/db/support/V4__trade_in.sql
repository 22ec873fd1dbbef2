-- Trade-in requests: instances of the reservation given back for a new savings plan, which the request names.
ALTER TABLE support_request DROP CONSTRAINT support_request_requested_action_check;
ALTER TABLE support_request ADD CONSTRAINT support_request_requested_action_check
  CHECK (requested_action IN ('refund', 'exchange', 'tradeIn'));
ALTER TABLE support_request ADD COLUMN trade_in_target jsonb;
