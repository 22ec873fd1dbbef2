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
