-- The order service's schema. Partners are onboarded by the operator; an indirect reseller sells
-- through the indirect providers it is linked to.
CREATE TABLE partner (
  id         text PRIMARY KEY,                 -- the partner's tenant id (tid claim)
  name       text        NOT NULL,
  mpn_id     text        NOT NULL UNIQUE,
  type       text        NOT NULL CHECK (type IN ('direct', 'indirectProvider', 'indirectReseller')),
  country    char(2)     NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE reseller_link (
  provider_id text        NOT NULL REFERENCES partner(id),
  reseller_id text        NOT NULL REFERENCES partner(id),
  linked_at   timestamptz NOT NULL,
  PRIMARY KEY (provider_id, reseller_id)
);
CREATE INDEX reseller_link_reseller ON reseller_link (reseller_id);
