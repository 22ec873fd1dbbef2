-- The support service's transactional outbox: a partner's supportRequest.changed event is written here in the
-- transaction of each change the partner can see, and relayed to the notification service.
CREATE TABLE outbox (
  id            bigserial   PRIMARY KEY,
  topic         text        NOT NULL,
  payload       jsonb       NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  claimed_until timestamptz,
  delivered_at  timestamptz
);
CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL;
