-- A reservation traded in for a savings plan is credited as charge type 'tradeIn'.
ALTER TABLE charge DROP CONSTRAINT charge_charge_type_check;
ALTER TABLE charge ADD CONSTRAINT charge_charge_type_check
  CHECK (charge_type IN ('purchase', 'refund', 'exchange', 'cancellation', 'tradeIn'));
