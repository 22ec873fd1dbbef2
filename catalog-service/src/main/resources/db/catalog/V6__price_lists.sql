-- Price lists: each partner's prices to the tier below it (an indirect provider's to its resellers, a reseller's or a
-- direct partner's to its customers). Every row carries its owner, so every statement filters by the caller's partner.
CREATE TABLE price_list (
  id                    text PRIMARY KEY,
  owner_id              text        NOT NULL,
  name                  text        NOT NULL,
  currency              char(3)     NOT NULL,
  allow_negative_margin boolean     NOT NULL,
  rules                 jsonb       NOT NULL,   -- [PriceRule], in the owner's order
  fixed_prices          jsonb       NOT NULL,   -- [FixedPrice]
  version               integer     NOT NULL,
  created_at            timestamptz NOT NULL,
  created_by            text        NOT NULL,
  updated_at            timestamptz NOT NULL,
  updated_by            text        NOT NULL
);
CREATE INDEX price_list_owner ON price_list (owner_id, created_at, id);

-- A list in force for one assignee (a reseller or a customer; null: the owner's default) from a day until a day
-- (exclusive; null: open-ended). Removed assignments are kept for the history, with removed_at.
CREATE TABLE price_list_assignment (
  id             text PRIMARY KEY,
  list_id        text        NOT NULL REFERENCES price_list (id),
  owner_id       text        NOT NULL,
  assignee_kind  text        NOT NULL CHECK (assignee_kind IN ('default', 'reseller', 'customer')),
  assignee_id    text,
  currency       char(3)     NOT NULL,
  effective_from date        NOT NULL,
  effective_to   date,
  created_at     timestamptz NOT NULL,
  created_by     text        NOT NULL,
  removed_at     timestamptz,
  removed_by     text,
  CHECK (effective_to IS NULL OR effective_to > effective_from),
  CHECK ((assignee_kind = 'default') = (assignee_id IS NULL))
);
CREATE INDEX price_list_assignment_owner ON price_list_assignment (owner_id, currency, assignee_id) WHERE removed_at IS NULL;
CREATE INDEX price_list_assignment_list ON price_list_assignment (list_id);

-- Every change of a list, its rules or its assignments: who, when, what, and the list as it was after.
CREATE TABLE price_list_revision (
  list_id    text        NOT NULL REFERENCES price_list (id),
  version    integer     NOT NULL,
  change     text        NOT NULL CHECK (change IN ('created', 'updated', 'assigned', 'unassigned')),
  changed_at timestamptz NOT NULL,
  changed_by text        NOT NULL,
  detail     text        NOT NULL,
  snapshot   jsonb       NOT NULL,
  PRIMARY KEY (list_id, version)
);
