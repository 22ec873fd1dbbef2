-- A renewal run claims the reservations it will renew in a short statement of its own, then renews each
-- in its own short transaction; no transaction is held across the catalog lookup in between. A claim
-- lapses, so a run that died leaves nothing stuck.
ALTER TABLE reservation ADD COLUMN renewal_claim text;
ALTER TABLE reservation ADD COLUMN renewal_claimed_until timestamptz;
