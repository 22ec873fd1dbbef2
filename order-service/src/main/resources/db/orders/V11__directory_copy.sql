-- Partners, reseller links, customers, subscriptions and agent access now belong to the directory service; the
-- tables here stay as the order service's copy of them, kept from the directory's changes. This records, per copied
-- row, the last change applied, so a change that arrives late or twice is skipped.
CREATE TABLE directory_version (
  table_name text   NOT NULL,
  row_key    text   NOT NULL,
  changed_at bigint NOT NULL,   -- the directory database's clock, microseconds
  sequence   bigint NOT NULL,   -- the directory outbox's id
  PRIMARY KEY (table_name, row_key)
);
