-- Monthly reservations: each payment is a charge dated in its month; a refund cancels the ones still to come.
ALTER TABLE charge DROP CONSTRAINT charge_charge_type_check;
ALTER TABLE charge ADD CONSTRAINT charge_charge_type_check CHECK (charge_type IN ('purchase', 'refund', 'exchange', 'cancellation'));
