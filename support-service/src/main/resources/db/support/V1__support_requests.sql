-- The support service's schema: refund and exchange requests filed on behalf of customers.
CREATE TABLE support_request (
  id                   text PRIMARY KEY,
  partner_id           text        NOT NULL,
  customer_id          text        NOT NULL,
  reservation_id       text        NOT NULL,
  reservation_order_id text        NOT NULL,
  status               text        NOT NULL,
  created_at           timestamptz NOT NULL
);
CREATE INDEX support_request_partner ON support_request (partner_id, customer_id);
