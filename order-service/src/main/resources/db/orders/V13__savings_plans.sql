-- Savings plans for compute. A cart line of a savings plan names its hourly commitment; its order line keeps it. A
-- plan bought is a row of savings_plan under a benefit order (a row of reservation_order, which charges and order
-- lines already point to). A trade-in credits returned reservations (charge type 'tradeIn') and buys a plan; its
-- quote is a session like an exchange's. A plan with auto-renew is succeeded at its expiry by a new one (renewed_by,
-- renewed_from), claimed by a run as reservations' renewals are.
ALTER TABLE cart_line ADD COLUMN commitment_amount numeric(20,6), ADD COLUMN commitment_currency char(3);
ALTER TABLE order_line ADD COLUMN hourly_commitment numeric(20,6);

ALTER TABLE charge DROP CONSTRAINT charge_charge_type_check;
ALTER TABLE charge ADD CONSTRAINT charge_charge_type_check
  CHECK (charge_type IN ('purchase', 'refund', 'exchange', 'cancellation', 'tradeIn'));

ALTER TABLE purchase_order DROP CONSTRAINT purchase_order_origin_check;
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_origin_check CHECK (origin IN ('cart', 'exchange', 'renewal', 'tradeIn'));

CREATE TABLE savings_plan (
  id                    text PRIMARY KEY,
  savings_plan_order_id text          NOT NULL REFERENCES reservation_order(id),
  partner_id            text          NOT NULL REFERENCES partner(id),
  customer_id           text          NOT NULL REFERENCES customer(id),
  subscription_id       text          NOT NULL,
  applied_scope_type    text          NOT NULL CHECK (applied_scope_type IN ('Single', 'Shared')),
  applied_subscription  text,
  display_name          text          NOT NULL,
  catalog_item_id       text          NOT NULL,
  product_id            text          NOT NULL,
  sku_id                text          NOT NULL,
  hourly_commitment     numeric(20,6) NOT NULL CHECK (hourly_commitment > 0),
  currency              char(3)       NOT NULL,
  term                  text          NOT NULL,
  billing_plan          text          NOT NULL CHECK (billing_plan IN ('Upfront', 'Monthly')),
  effective_at          timestamptz   NOT NULL,
  expires_at            timestamptz   NOT NULL,
  renew                 boolean       NOT NULL DEFAULT false,
  provisioning_state    text          NOT NULL DEFAULT 'Succeeded',
  partner_id_on_record  text,
  reseller_partner_id   text,
  order_id              text          NOT NULL REFERENCES purchase_order(id),
  line_number           int           NOT NULL,
  traded_in             text[]        NOT NULL DEFAULT '{}',
  renewed_from          text,
  renewed_by            text,
  renewal_claim         text,
  renewal_claimed_until timestamptz,
  created_at            timestamptz   NOT NULL
);
CREATE INDEX savings_plan_customer ON savings_plan (customer_id, partner_id);
CREATE INDEX savings_plan_renewals_due ON savings_plan (expires_at) WHERE renew AND renewed_by IS NULL;

-- The reminders a plan has had, each sent once: 30 days before its expiry and at it.
CREATE TABLE savings_plan_notice (
  savings_plan_id text        NOT NULL REFERENCES savings_plan (id),
  kind            text        NOT NULL CHECK (kind IN ('expiring', 'expired')),
  sent_at         timestamptz NOT NULL,
  PRIMARY KEY (savings_plan_id, kind)
);

CREATE TABLE trade_in_session (
  id           text PRIMARY KEY,
  partner_id   text        NOT NULL REFERENCES partner(id),
  customer_id  text        NOT NULL REFERENCES customer(id),
  plan         jsonb       NOT NULL,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  response     text,
  external_key text,
  UNIQUE (partner_id, external_key)
);
