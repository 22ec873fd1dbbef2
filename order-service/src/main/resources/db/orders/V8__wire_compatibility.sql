-- A cart line may name its own partner of record (Partner Center's create-a-cart puts the participants on the line);
-- it wins over the cart's. Lines written before this have none and follow the cart, as they did.
ALTER TABLE cart_line ADD COLUMN reseller_mpn_id text;

-- The name a partner gives a reservation (Azure's PATCH "name"/"displayName"); null shows the size and region.
ALTER TABLE reservation ADD COLUMN display_name text;
