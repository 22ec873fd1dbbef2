-- The support flow: requests filed from a reservation, worked by support agents, with their history.
ALTER TABLE support_request
  ADD COLUMN subscription_id  text,
  ADD COLUMN issue_type       text NOT NULL DEFAULT 'Billing',
  ADD COLUMN problem_type     text NOT NULL DEFAULT 'ReservationManagement',
  ADD COLUMN category         text NOT NULL DEFAULT 'ExchangeAndRefund',
  ADD COLUMN requested_action text NOT NULL DEFAULT 'refund' CHECK (requested_action IN ('refund', 'exchange')),
  ADD COLUMN quantity         int,
  ADD COLUMN exchange_target  jsonb,
  ADD COLUMN contact          jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN description      text,
  ADD COLUMN assigned_to      text,
  ADD COLUMN policy_error     text,
  ADD COLUMN result           jsonb,
  ADD COLUMN created_by       text NOT NULL DEFAULT 'unknown',
  ADD COLUMN updated_at       timestamptz;
ALTER TABLE support_request ADD CONSTRAINT support_request_status
  CHECK (status IN ('new', 'inProgress', 'approved', 'completed', 'rejected', 'closed'));
CREATE INDEX support_request_queue ON support_request (status, created_at);

-- Every change is an event: who, when, what; internal notes are for support agents only.
CREATE TABLE support_event (
  id          bigserial PRIMARY KEY,
  request_id  text        NOT NULL REFERENCES support_request(id),
  at          timestamptz NOT NULL,
  actor       text        NOT NULL,
  actor_type  text        NOT NULL CHECK (actor_type IN ('partner', 'supportAgent', 'system')),
  kind        text        NOT NULL,
  visibility  text        NOT NULL CHECK (visibility IN ('partner', 'internal')),
  detail      jsonb       NOT NULL
);
CREATE INDEX support_event_request ON support_event (request_id, id);
