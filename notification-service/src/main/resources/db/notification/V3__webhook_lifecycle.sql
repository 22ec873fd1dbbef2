-- Rotating secrets (the old one signs too until previous_secret_until), endpoints turned off (by the partner, or
-- after failing for five days), manual retries, and deliveries in order per endpoint.
ALTER TABLE endpoint
  ADD COLUMN previous_secret       text,
  ADD COLUMN previous_secret_until timestamptz,
  ADD COLUMN disabled_at           timestamptz,
  ADD COLUMN disabled_reason       text,
  ADD COLUMN failing_since         timestamptz;   -- the first failure since the last success

ALTER TABLE delivery ADD COLUMN retried_at timestamptz;   -- a manual retry starts the three days again
CREATE INDEX delivery_endpoint_pending ON delivery (endpoint_id, id) WHERE status = 'pending';

-- Utilization alert rules, and when each is next looked at (by the platform clock).
CREATE TABLE alert_rule (
  id                 text          PRIMARY KEY,
  partner_id         text          NOT NULL,
  type               text          NOT NULL CHECK (type IN ('utilization.low')),
  threshold_percent  numeric(5,2)  NOT NULL CHECK (threshold_percent > 0 AND threshold_percent <= 100),
  window_days        int           NOT NULL CHECK (window_days IN (7, 30)),
  frequency          text          NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
  customer_ids       text[]        NOT NULL DEFAULT '{}',
  created_at         timestamptz   NOT NULL,
  next_evaluation_at timestamptz   NOT NULL,
  last_evaluated_at  timestamptz,
  claimed_until      timestamptz
);
CREATE INDEX alert_rule_partner ON alert_rule (partner_id);
CREATE INDEX alert_rule_due ON alert_rule (next_evaluation_at);
