-- Customers, subscriptions, carts, orders and reservations. Every row carries the partner that owns
-- it (partner_id), so every query can filter by the caller's partner in SQL.

CREATE TABLE customer (
  id                    text PRIMARY KEY,
  partner_id            text        NOT NULL REFERENCES partner(id),
  associated_partner_id text        REFERENCES partner(id),      -- the indirect reseller serving it
  domain                text        NOT NULL,
  company_name          text        NOT NULL,
  email                 text,
  culture               text        NOT NULL,
  language              text        NOT NULL,
  country               char(2)     NOT NULL,
  city                  text,
  address_line1         text,
  postal_code           text,
  created_at            timestamptz NOT NULL,
  UNIQUE (partner_id, domain)
);
CREATE INDEX customer_associated ON customer (associated_partner_id);

CREATE TABLE subscription (
  id            text PRIMARY KEY,
  customer_id   text        NOT NULL REFERENCES customer(id),
  partner_id    text        NOT NULL REFERENCES partner(id),
  friendly_name text        NOT NULL,
  status        text        NOT NULL CHECK (status IN ('active', 'suspended', 'deleted')),
  origin        text        NOT NULL CHECK (origin IN ('csp', 'transferredFromDirect', 'transferredFromEA')),
  registration  text        NOT NULL CHECK (registration IN ('notregistered', 'registering', 'registered')),
  created_at    timestamptz NOT NULL
);
CREATE INDEX subscription_customer ON subscription (customer_id);

-- Sales and helpdesk agents act on a subscription only once an admin agent granted them access.
CREATE TABLE agent_access (
  subscription_id text        NOT NULL REFERENCES subscription(id),
  user_id         text        NOT NULL,
  partner_id      text        NOT NULL REFERENCES partner(id),
  granted_by      text        NOT NULL,
  granted_at      timestamptz NOT NULL,
  PRIMARY KEY (subscription_id, user_id)
);

CREATE TABLE cart (
  id              text PRIMARY KEY,
  partner_id      text        NOT NULL REFERENCES partner(id),
  customer_id     text        NOT NULL REFERENCES customer(id),
  status          text        NOT NULL CHECK (status IN ('open', 'submitted')),
  reseller_mpn_id text,
  created_by      text        NOT NULL,
  created_at      timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);

CREATE TABLE cart_line (
  cart_id           text    NOT NULL REFERENCES cart(id),
  line_id           int     NOT NULL,
  catalog_item_id   text    NOT NULL,
  quantity          int     NOT NULL,
  term              text    NOT NULL,
  billing_cycle     text    NOT NULL,
  subscription_id   text    NOT NULL,
  scope             text    NOT NULL CHECK (scope IN ('Single', 'Shared')),
  error_code        int,
  error_description text,
  PRIMARY KEY (cart_id, line_id)
);

CREATE TABLE purchase_order (
  id                     text PRIMARY KEY,
  alternate_id           text        NOT NULL UNIQUE,            -- the short order number read out on the phone
  partner_id             text        NOT NULL REFERENCES partner(id),
  customer_id            text        NOT NULL REFERENCES customer(id),
  cart_id                text        NOT NULL REFERENCES cart(id),
  order_group            text        NOT NULL,
  currency               char(3)     NOT NULL,
  status                 text        NOT NULL CHECK (status IN ('pending', 'completed', 'cancelled')),
  partner_id_on_record   text,                                   -- the reseller's MPN id, never changed
  reseller_partner_id    text        REFERENCES partner(id),
  created_by             text        NOT NULL,
  created_at             timestamptz NOT NULL
);
CREATE INDEX purchase_order_customer ON purchase_order (customer_id, created_at);
CREATE INDEX purchase_order_reseller ON purchase_order (reseller_partner_id);

CREATE TABLE reservation_order (
  id           text PRIMARY KEY,
  partner_id   text        NOT NULL REFERENCES partner(id),
  customer_id  text        NOT NULL REFERENCES customer(id),
  order_id     text        NOT NULL REFERENCES purchase_order(id),
  line_number  int         NOT NULL,
  created_at   timestamptz NOT NULL
);

CREATE TABLE order_line (
  order_id             text          NOT NULL REFERENCES purchase_order(id),
  line_number          int           NOT NULL,
  catalog_item_id      text          NOT NULL,
  product_id           text          NOT NULL,
  sku_id               text          NOT NULL,
  friendly_name        text          NOT NULL,
  term                 text          NOT NULL,
  quantity             int           NOT NULL,
  unit_price           numeric(20,6) NOT NULL,
  currency             char(3)       NOT NULL,
  reservation_order_id text          NOT NULL REFERENCES reservation_order(id),
  PRIMARY KEY (order_id, line_number)
);

CREATE TABLE reservation (
  id                   text PRIMARY KEY,
  reservation_order_id text          NOT NULL REFERENCES reservation_order(id),
  partner_id           text          NOT NULL REFERENCES partner(id),
  customer_id          text          NOT NULL REFERENCES customer(id),
  subscription_id      text          NOT NULL REFERENCES subscription(id),  -- the purchase subscription
  applied_scope_type   text          NOT NULL CHECK (applied_scope_type IN ('Single', 'Shared')),
  applied_subscription text,                                              -- for Single scope
  catalog_item_id      text          NOT NULL,
  product_id           text          NOT NULL,
  sku_id               text          NOT NULL,
  arm_sku_name         text          NOT NULL,
  arm_region_name      text          NOT NULL,
  location             text          NOT NULL,
  series               text          NOT NULL,
  flex_ratio           numeric,
  quantity             int           NOT NULL CHECK (quantity > 0),
  term                 text          NOT NULL,
  unit_price           numeric(20,6) NOT NULL,
  currency             char(3)       NOT NULL,
  effective_at         timestamptz   NOT NULL,
  expires_at           timestamptz   NOT NULL,
  provisioning_state   text          NOT NULL,
  partner_id_on_record text,
  reseller_partner_id  text          REFERENCES partner(id),
  created_at           timestamptz   NOT NULL
);
CREATE INDEX reservation_customer ON reservation (customer_id);
CREATE INDEX reservation_order_ref ON reservation (reservation_order_id);

-- What billing will invoice: the upfront charge of each order line at the price in effect at checkout.
CREATE TABLE charge (
  id                   bigserial PRIMARY KEY,
  partner_id           text          NOT NULL REFERENCES partner(id),
  customer_id          text          NOT NULL REFERENCES customer(id),
  order_id             text          NOT NULL REFERENCES purchase_order(id),
  reservation_order_id text          NOT NULL REFERENCES reservation_order(id),
  charge_type          text          NOT NULL CHECK (charge_type IN ('purchase', 'refund', 'exchange')),
  product_id           text          NOT NULL,
  sku_id               text          NOT NULL,
  sku_name             text          NOT NULL,
  unit_price           numeric(20,6) NOT NULL,
  quantity             int           NOT NULL,
  amount               numeric(20,2) NOT NULL,
  currency             char(3)       NOT NULL,
  charge_start         timestamptz   NOT NULL,
  charge_end           timestamptz   NOT NULL,
  reseller_mpn_id      text,
  created_at           timestamptz   NOT NULL
);
CREATE INDEX charge_partner ON charge (partner_id, created_at);

-- Idempotency-Key: the first response to a key is kept and replayed for the same request.
CREATE TABLE idempotency (
  partner_id   text        NOT NULL,
  key          text        NOT NULL,
  request_hash text        NOT NULL,
  response     text,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (partner_id, key)
);
