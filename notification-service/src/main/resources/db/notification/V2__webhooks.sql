-- Webhook endpoints of partners (Standard Webhooks), and one delivery per event and endpoint that wants it.
CREATE TABLE endpoint (
  id           text        PRIMARY KEY,
  partner_id   text        NOT NULL,
  url          text        NOT NULL,
  secret       text        NOT NULL,      -- whsec_ + base64; shown once, at registration
  events       text[]      NOT NULL DEFAULT '{}',   -- empty: every type
  customer_ids text[]      NOT NULL DEFAULT '{}',   -- empty: every customer
  description  text,
  created_at   timestamptz NOT NULL
);
CREATE INDEX endpoint_partner ON endpoint (partner_id);

CREATE TABLE delivery (
  id              bigserial   PRIMARY KEY,
  endpoint_id     text        NOT NULL REFERENCES endpoint (id) ON DELETE CASCADE,
  event_id        text        NOT NULL,
  status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts        int         NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  claimed_until   timestamptz,
  response_code   int,
  latency_ms      int,
  error           text,
  created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  delivered_at    timestamptz,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'pending';
