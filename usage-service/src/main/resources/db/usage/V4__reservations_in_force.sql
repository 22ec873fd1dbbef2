-- The usage service's copy of the order service's reservations (what the benefit engine needs of them), kept from the
-- order service's changes, so the roll-ups and the advice never ask it. changed_at and sequence are those of the
-- last change applied: an older one arriving late is skipped. A deleted reservation keeps its row with quantity 0.
CREATE TABLE reservation (
  id                   text PRIMARY KEY,
  customer_id          text        NOT NULL,
  applied_scope_type   text        NOT NULL,
  applied_subscription text,
  arm_region_name      text        NOT NULL,
  arm_sku_name         text        NOT NULL,
  quantity             int         NOT NULL,
  effective_at         timestamptz NOT NULL,
  expires_at           timestamptz NOT NULL,
  instance_flexibility text        NOT NULL,
  changed_at           bigint      NOT NULL,
  sequence             bigint      NOT NULL
);
CREATE INDEX reservation_in_force ON reservation (customer_id, arm_region_name, effective_at);
