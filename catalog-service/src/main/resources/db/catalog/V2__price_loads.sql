-- A price-sheet load as it streams in, page by page: its progress is written here as it goes (outside the
-- load's own transaction, so anyone can follow it); its prices and its price_sheet row are committed at once
-- at the end, or not at all.
CREATE TABLE price_load (
  id             bigserial PRIMARY KEY,
  name           text        NOT NULL,
  status         text        NOT NULL CHECK (status IN ('open', 'committed', 'abandoned', 'failed')),
  started_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  pages          int         NOT NULL DEFAULT 0,
  rows_read      int         NOT NULL DEFAULT 0,
  rows_loaded    int         NOT NULL DEFAULT 0,
  rows_skipped   int         NOT NULL DEFAULT 0,
  rows_rejected  int         NOT NULL DEFAULT 0,
  price_sheet_id bigint,
  error          text
);

-- Which sheet a price came from is a record, not a rule: the per-row foreign-key check cost more than the
-- rest of a load's write (each row locked its sheet's row), and a load writes its sheet and prices together.
ALTER TABLE price DROP CONSTRAINT IF EXISTS price_price_sheet_id_fkey;
