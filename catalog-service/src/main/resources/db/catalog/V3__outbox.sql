-- The catalog's transactional outbox: the operator's priceSheet.loaded event is written here in the transaction
-- of the load, and relayed to the notification service.
CREATE TABLE outbox (
  id            bigserial   PRIMARY KEY,
  topic         text        NOT NULL,
  payload       jsonb       NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  claimed_until timestamptz,
  delivered_at  timestamptz
);
CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL;
