-- Managing reservations: configuration revisions, access control (IAM), refunds, exchanges, renewal.

ALTER TABLE reservation ADD COLUMN renew boolean NOT NULL DEFAULT false;
ALTER TABLE reservation ADD COLUMN renewed_by text;               -- the successor reservation, once bought
ALTER TABLE reservation ADD COLUMN cancelled_quantity int NOT NULL DEFAULT 0;
ALTER TABLE reservation DROP CONSTRAINT reservation_quantity_check;
ALTER TABLE reservation ADD CONSTRAINT reservation_quantity_check CHECK (quantity >= 0);

-- Orders made by an exchange or a renewal come from no cart.
ALTER TABLE purchase_order ALTER COLUMN cart_id DROP NOT NULL;
ALTER TABLE purchase_order ADD COLUMN origin text NOT NULL DEFAULT 'cart' CHECK (origin IN ('cart', 'exchange', 'renewal'));

-- Every change of a reservation's configuration: who, when, before and after.
CREATE TABLE reservation_revision (
  id             bigserial PRIMARY KEY,
  reservation_id text        NOT NULL REFERENCES reservation(id),
  partner_id     text        NOT NULL REFERENCES partner(id),
  changed_by     text        NOT NULL,
  changed_at     timestamptz NOT NULL,
  change         text        NOT NULL,
  before         jsonb       NOT NULL,
  after          jsonb       NOT NULL
);
CREATE INDEX reservation_revision_reservation ON reservation_revision (reservation_id, id);

-- Reader / Administrator on one reservation, for partner users.
CREATE TABLE reservation_role (
  reservation_id text        NOT NULL REFERENCES reservation(id),
  user_id        text        NOT NULL,
  partner_id     text        NOT NULL REFERENCES partner(id),
  role           text        NOT NULL CHECK (role IN ('Reader', 'Administrator')),
  granted_by     text        NOT NULL,
  granted_at     timestamptz NOT NULL,
  PRIMARY KEY (reservation_id, user_id)
);

-- A refund quote: valid for a few minutes, carried out at most once.
CREATE TABLE refund_session (
  id                   text PRIMARY KEY,
  partner_id           text          NOT NULL REFERENCES partner(id),
  customer_id          text          NOT NULL REFERENCES customer(id),
  reservation_order_id text          NOT NULL REFERENCES reservation_order(id),
  reservation_id       text          NOT NULL REFERENCES reservation(id),
  quantity             int           NOT NULL,
  quote                jsonb         NOT NULL,
  created_at           timestamptz   NOT NULL,
  expires_at           timestamptz   NOT NULL,
  refund_id            text
);

-- Refunds carried out. counted_usd is what counts against the customer's yearly cap.
CREATE TABLE refund (
  id                   text PRIMARY KEY,
  partner_id           text          NOT NULL REFERENCES partner(id),
  customer_id          text          NOT NULL REFERENCES customer(id),
  reservation_order_id text          NOT NULL REFERENCES reservation_order(id),
  reservation_id       text          NOT NULL REFERENCES reservation(id),
  session_id           text          UNIQUE,
  external_key         text,                          -- e.g. the support request that asked for it
  quantity             int           NOT NULL,
  refund_amount        numeric(20,2) NOT NULL,
  fee                  numeric(20,2) NOT NULL,
  counted_usd          numeric(20,2) NOT NULL,
  currency             char(3)       NOT NULL,
  reason               text,
  response             text          NOT NULL,
  created_by           text          NOT NULL,
  created_at           timestamptz   NOT NULL,
  UNIQUE (partner_id, external_key)
);
CREATE INDEX refund_customer_window ON refund (customer_id, created_at);

CREATE TABLE exchange_session (
  id          text PRIMARY KEY,
  partner_id  text        NOT NULL REFERENCES partner(id),
  customer_id text        NOT NULL REFERENCES customer(id),
  plan        jsonb       NOT NULL,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  response    text,
  external_key text,
  UNIQUE (partner_id, external_key)
);
