-- Events as the services wrote them in the transactions of their changes, one row each; a row that arrives
-- twice (a relay's replay) is kept once, under the id it was given at the change.
CREATE TABLE event (
  seq                 bigserial   PRIMARY KEY,   -- the order the feed answers in
  id                  text        NOT NULL UNIQUE,
  type                text        NOT NULL,
  partner_id          text        NOT NULL,
  reseller_partner_id text,
  customer_id         text,
  created_at          timestamptz NOT NULL,
  data                jsonb       NOT NULL,
  received_at         timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX event_partner ON event (partner_id, seq);
CREATE INDEX event_reseller ON event (reseller_partner_id, seq) WHERE reseller_partner_id IS NOT NULL;
