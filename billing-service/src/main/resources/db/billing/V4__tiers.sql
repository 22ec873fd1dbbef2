-- What each tier charges or credits the next for a charge of Microsoft's (level 1: the partner billed by Microsoft to
-- its reseller or customer; level 2: that reseller to its customer), as the order service worked it out; and the
-- charge's product kind, series and billing plan, which statements and the margin report group by. Charges recorded
-- before this version are sent again by the order service with these, and keep the rest as they were.
ALTER TABLE charge ADD COLUMN product_kind text;
ALTER TABLE charge ADD COLUMN series text;
ALTER TABLE charge ADD COLUMN billing_plan text;

CREATE TABLE charge_tier (
  charge_id  bigint        NOT NULL REFERENCES charge (id),
  level      int           NOT NULL CHECK (level >= 1),
  seller_id  text          NOT NULL,
  buyer_id   text          NOT NULL,
  amount     numeric(20,2) NOT NULL,
  created_at timestamptz   NOT NULL,  -- the charge's, so a tier's month is found without the charge
  PRIMARY KEY (charge_id, level)
);
CREATE INDEX charge_tier_seller ON charge_tier (seller_id, created_at);
CREATE INDEX charge_tier_buyer ON charge_tier (buyer_id, created_at);
