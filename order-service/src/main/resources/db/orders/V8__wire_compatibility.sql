-- A cart line may name its own partner of record (Partner Center's create-a-cart puts the participants on the line);
-- it wins over the cart's. Lines written before this have none and follow the cart, as they did.
ALTER TABLE cart_line ADD COLUMN reseller_mpn_id text;

-- The name a partner gives a reservation (Azure's PATCH "name"/"displayName"); null shows the size and region.
ALTER TABLE reservation ADD COLUMN display_name text;

-- Instance size flexibility, as Azure's PATCH sets it: 'Off' covers only the exact size bought. A size without a
-- flexibility group is always exact, whatever this says.
-- A reservation shows the one it renewed (renewSource) as well as the one that renewed it (renewDestination).
CREATE INDEX reservation_renewed_by ON reservation (renewed_by) WHERE renewed_by IS NOT NULL;

ALTER TABLE reservation ADD COLUMN instance_flexibility text NOT NULL DEFAULT 'On' CHECK (instance_flexibility IN ('On', 'Off'));

-- The billing plan of a cart line and of a reservation: Upfront (all earlier ones) or Monthly.
ALTER TABLE cart_line ADD COLUMN billing_plan text NOT NULL DEFAULT 'Upfront' CHECK (billing_plan IN ('Upfront', 'Monthly'));
ALTER TABLE reservation ADD COLUMN billing_plan text NOT NULL DEFAULT 'Upfront' CHECK (billing_plan IN ('Upfront', 'Monthly'));

-- A monthly reservation's payments still to come are cancelled by a refund: one credit per payment, in its month.
ALTER TABLE charge DROP CONSTRAINT charge_charge_type_check;
ALTER TABLE charge ADD CONSTRAINT charge_charge_type_check CHECK (charge_type IN ('purchase', 'refund', 'exchange', 'cancellation'));
