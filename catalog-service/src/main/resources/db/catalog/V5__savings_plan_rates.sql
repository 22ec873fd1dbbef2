-- Savings plans for compute: a price sheet's savings-plan rates (per VM size, region and term, an hourly rate) are
-- rows of their own type, kept and superseded like the others.
ALTER TABLE price DROP CONSTRAINT price_price_type_check;
ALTER TABLE price ADD CONSTRAINT price_price_type_check CHECK (price_type IN ('Consumption', 'Reservation', 'SavingsPlan'));

-- The search's snapshot joins each reservation price to its size's savings-plan rate of the same term.
CREATE INDEX price_savings_plan ON price (arm_sku_name, arm_region_name, currency, term) WHERE price_type = 'SavingsPlan';
