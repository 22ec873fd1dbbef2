-- The catalog service's schema: reference data, markets, and price sheets with effective dates.

CREATE TABLE flexibility_size (
  arm_sku_name text PRIMARY KEY,          -- lower case, the join key
  group_name   text    NOT NULL,
  ratio        numeric NOT NULL
);

CREATE TABLE vm_size (
  arm_sku_name text PRIMARY KEY,          -- lower case
  cores        int     NOT NULL,
  memory_gib   numeric NOT NULL
);

CREATE TABLE region (
  arm_region_name text PRIMARY KEY,
  display_name    text NOT NULL
);

-- A market is a customer country. Where the offer is not sold, nothing is purchasable.
CREATE TABLE market (
  country         char(2) PRIMARY KEY,
  name            text    NOT NULL,
  currency        char(3) NOT NULL,
  offer_available boolean NOT NULL
);

INSERT INTO market (country, name, currency, offer_available) VALUES
  ('US','United States','USD',true), ('CA','Canada','USD',true), ('MX','Mexico','USD',true),
  ('GB','United Kingdom','USD',true), ('IE','Ireland','USD',true), ('DE','Germany','USD',true),
  ('FR','France','USD',true), ('NL','Netherlands','USD',true), ('BE','Belgium','USD',true),
  ('LU','Luxembourg','USD',true), ('ES','Spain','USD',true), ('PT','Portugal','USD',true),
  ('IT','Italy','USD',true), ('AT','Austria','USD',true), ('CH','Switzerland','USD',true),
  ('DK','Denmark','USD',true), ('SE','Sweden','USD',true), ('NO','Norway','USD',true),
  ('FI','Finland','USD',true), ('PL','Poland','USD',true), ('CZ','Czechia','USD',true),
  ('GR','Greece','USD',true), ('IL','Israel','USD',true), ('AE','United Arab Emirates','USD',true),
  ('SA','Saudi Arabia','USD',true), ('ZA','South Africa','USD',true), ('NG','Nigeria','USD',true),
  ('AU','Australia','USD',true), ('NZ','New Zealand','USD',true), ('JP','Japan','USD',true),
  ('SG','Singapore','USD',true), ('MY','Malaysia','USD',true), ('TH','Thailand','USD',true),
  ('ID','Indonesia','USD',true), ('PH','Philippines','USD',true), ('VN','Vietnam','USD',true),
  ('HK','Hong Kong SAR','USD',true), ('AR','Argentina','USD',true), ('CL','Chile','USD',true),
  ('CO','Colombia','USD',true), ('PE','Peru','USD',true),
  -- Markets the Partner Center pages list as without the offer.
  ('BR','Brazil','USD',false), ('CN','China','USD',false), ('IN','India','USD',false),
  ('RU','Russia','USD',false), ('KR','South Korea','USD',false), ('TW','Taiwan','USD',false);

CREATE TABLE price_sheet (
  id            bigserial PRIMARY KEY,
  name          text        NOT NULL,
  loaded_at     timestamptz NOT NULL,
  rows_read     int         NOT NULL,
  rows_loaded   int         NOT NULL,
  rows_skipped  int         NOT NULL,
  rows_rejected int         NOT NULL
);

-- One price of one size in one region from one date on. A later row of the same key supersedes it
-- from its own start (effective_end is kept up to date at each load). Ids, series and sizes are
-- resolved at load so the search reads one table.
CREATE TABLE price (
  id               bigserial PRIMARY KEY,
  currency         char(3)       NOT NULL,
  arm_sku_name     text          NOT NULL,
  arm_region_name  text          NOT NULL,
  price_type       text          NOT NULL CHECK (price_type IN ('Consumption', 'Reservation')),
  term             text          NOT NULL CHECK (term IN ('', 'P1Y', 'P3Y')),  -- '' for Consumption
  unit_price       numeric(20,6) NOT NULL CHECK (unit_price >= 0),
  effective_start  timestamptz   NOT NULL,
  effective_end    timestamptz,
  product_id       text          NOT NULL,
  sku_id           text          NOT NULL,
  series           text          NOT NULL,
  flex_ratio       numeric,
  cores            int,
  memory_gib       numeric,
  region_display   text          NOT NULL,
  product_name     text,
  sku_name         text,
  meter_id         text,
  price_sheet_id   bigint        NOT NULL REFERENCES price_sheet(id),
  UNIQUE (currency, price_type, arm_sku_name, arm_region_name, term, effective_start)
);

CREATE INDEX price_current_ri ON price (currency, price_type, effective_start, effective_end);
CREATE INDEX price_sku ON price (sku_id);
CREATE INDEX price_payg ON price (arm_sku_name, arm_region_name, currency) WHERE price_type = 'Consumption';
