-- Charges and credits as the order service recorded them, one row each, with what an invoice line
-- shows (the customer's name and country, the order's date, the product's name) as it was at the time.
-- Rows arrive through the order service's outbox; a row that arrives twice is kept once.
CREATE TABLE charge (
  id                   bigint        PRIMARY KEY,   -- the order service's charge id
  partner_id           text          NOT NULL,
  partner_mpn_id       text          NOT NULL,
  customer_id          text          NOT NULL,
  customer_name        text          NOT NULL,
  customer_country     char(2)       NOT NULL,
  order_id             text          NOT NULL,
  order_date           timestamptz   NOT NULL,
  reservation_order_id text          NOT NULL,
  charge_type          text          NOT NULL CHECK (charge_type IN ('purchase', 'refund', 'exchange')),
  product_id           text          NOT NULL,
  sku_id               text          NOT NULL,
  sku_name             text          NOT NULL,
  catalog_item_id      text,
  friendly_name        text,
  unit_price           numeric(20,6) NOT NULL,
  quantity             int           NOT NULL,
  amount               numeric(20,2) NOT NULL,
  currency             char(3)       NOT NULL,
  charge_start         timestamptz   NOT NULL,
  charge_end           timestamptz   NOT NULL,
  reseller_mpn_id      text,
  created_at           timestamptz   NOT NULL,
  received_at          timestamptz   NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX charge_partner ON charge (partner_id, currency, created_at);
