-- Which time-driven notices a reservation has had: each is sent once, 30 days before its expiry and at it.
CREATE TABLE expiry_notice (
  reservation_id text        NOT NULL REFERENCES reservation (id),
  kind           text        NOT NULL CHECK (kind IN ('expiring', 'expired')),
  sent_at        timestamptz NOT NULL,
  PRIMARY KEY (reservation_id, kind)
);
