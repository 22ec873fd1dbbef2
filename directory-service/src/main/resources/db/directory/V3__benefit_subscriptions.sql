-- Partner Center lists a savings plan among the customer's subscriptions (unit type and billing type Benefit). The
-- plans live in the order service; the directory keeps a row of each, from that service's outbox (topic
-- 'benefitSubscription'), so it answers the subscription list without asking it. changed_at and sequence are those of
-- the last change applied: an older one arriving late is skipped. No trigger sends these rows on: they came from the
-- order service. A database of the version before has none: the order service sends every plan it has once.
CREATE TABLE benefit_subscription (
  id                      text PRIMARY KEY,      -- the savings plan's id
  savings_plan_order_id   text        NOT NULL,
  partner_id              text        NOT NULL,  -- the partner that sold it
  reseller_partner_id     text,                  -- the indirect reseller of record, who reads it too
  customer_id             text        NOT NULL,
  billing_subscription_id text        NOT NULL,  -- the Azure subscription billed (an agent's access is to it)
  friendly_name           text        NOT NULL,
  catalog_item_id         text        NOT NULL,
  product_id              text        NOT NULL,
  sku_id                  text        NOT NULL,
  term                    text        NOT NULL,
  billing_plan            text        NOT NULL,
  effective_at            timestamptz NOT NULL,
  expires_at              timestamptz NOT NULL,
  renew                   boolean     NOT NULL,
  renewed_by              text,
  order_id                text        NOT NULL,
  created_at              timestamptz NOT NULL,
  changed_at              bigint      NOT NULL,
  sequence                bigint      NOT NULL
);
CREATE INDEX benefit_subscription_customer ON benefit_subscription (customer_id, created_at);
