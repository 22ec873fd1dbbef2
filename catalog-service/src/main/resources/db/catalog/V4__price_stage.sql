-- A load's rows wait here, keyed by the load, until its commit puts them in force in one short transaction.
-- Each batch is written on its own (no transaction held between pages or while a page is idle), so an open or
-- abandoned load holds no connection. Unlogged: staged rows are not worth a WAL write; after a crash they are
-- gone, as is the load they belonged to.
CREATE UNLOGGED TABLE price_stage (
  load_id          bigint        NOT NULL,
  currency         char(3)       NOT NULL,
  arm_sku_name     text          NOT NULL,
  arm_region_name  text          NOT NULL,
  price_type       text          NOT NULL,
  term             text          NOT NULL,
  unit_price       numeric(20,6) NOT NULL,
  effective_start  timestamptz   NOT NULL,
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
  PRIMARY KEY (load_id, currency, price_type, arm_sku_name, arm_region_name, term, effective_start)
);

-- Loads left open when their node stopped were only ever transactions, which ended with it.
UPDATE price_load SET status = 'abandoned', error = 'the catalog node serving it stopped' WHERE status = 'open';
