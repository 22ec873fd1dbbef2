-- The customer directory: partners (onboarded by the operator), the indirect resellers linked to providers,
-- customers, their Azure subscriptions and the explicit access of sales and helpdesk agents. Every row carries the
-- partner that owns it, so every query filters by the caller's partner in SQL.
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

CREATE TABLE customer (
  id                    text PRIMARY KEY,
  partner_id            text        NOT NULL REFERENCES partner(id),
  associated_partner_id text        REFERENCES partner(id),      -- the indirect reseller serving it
  domain                text        NOT NULL,
  company_name          text        NOT NULL,
  email                 text,
  culture               text        NOT NULL,
  language              text        NOT NULL,
  country               char(2)     NOT NULL,
  city                  text,
  address_line1         text,
  postal_code           text,
  created_at            timestamptz NOT NULL,
  UNIQUE (partner_id, domain)
);
CREATE INDEX customer_associated ON customer (associated_partner_id);

CREATE TABLE subscription (
  id            text PRIMARY KEY,
  customer_id   text        NOT NULL REFERENCES customer(id),
  partner_id    text        NOT NULL REFERENCES partner(id),
  friendly_name text        NOT NULL,
  status        text        NOT NULL CHECK (status IN ('active', 'suspended', 'deleted')),
  origin        text        NOT NULL CHECK (origin IN ('csp', 'transferredFromDirect', 'transferredFromEA')),
  registration  text        NOT NULL CHECK (registration IN ('notregistered', 'registering', 'registered')),
  created_at    timestamptz NOT NULL
);
CREATE INDEX subscription_customer ON subscription (customer_id);

CREATE TABLE agent_access (
  subscription_id text        NOT NULL REFERENCES subscription(id),
  user_id         text        NOT NULL,
  partner_id      text        NOT NULL REFERENCES partner(id),
  granted_by      text        NOT NULL,
  granted_at      timestamptz NOT NULL,
  PRIMARY KEY (subscription_id, user_id)
);

CREATE TABLE idempotency (
  partner_id    text        NOT NULL,
  key           text        NOT NULL,
  request_hash  text        NOT NULL,
  response      text,
  created_at    timestamptz NOT NULL,
  claim_token   text,
  claimed_until timestamptz,
  PRIMARY KEY (partner_id, key)
);

-- Every change of a directory row is written here in its transaction (topic 'change'), for the copies other services
-- keep (the order service checks ownership in its own SQL).
CREATE TABLE outbox (
  id            bigserial   PRIMARY KEY,
  topic         text        NOT NULL,
  payload       jsonb       NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  claimed_until timestamptz,
  delivered_at  timestamptz
);
CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL;

CREATE FUNCTION change_to_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO directory.outbox (topic, payload) VALUES ('change', jsonb_build_object('table', TG_TABLE_NAME, 'op', TG_OP,
    'row', (CASE TG_OP WHEN 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END)::text,
    'at', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint));
  RETURN NULL;
END $$;

CREATE TRIGGER partner_change AFTER INSERT OR UPDATE OR DELETE ON partner FOR EACH ROW EXECUTE FUNCTION change_to_outbox();
CREATE TRIGGER reseller_link_change AFTER INSERT OR UPDATE OR DELETE ON reseller_link FOR EACH ROW EXECUTE FUNCTION change_to_outbox();
CREATE TRIGGER customer_change AFTER INSERT OR UPDATE OR DELETE ON customer FOR EACH ROW EXECUTE FUNCTION change_to_outbox();
CREATE TRIGGER subscription_change AFTER INSERT OR UPDATE OR DELETE ON subscription FOR EACH ROW EXECUTE FUNCTION change_to_outbox();
CREATE TRIGGER agent_access_change AFTER INSERT OR UPDATE OR DELETE ON agent_access FOR EACH ROW EXECUTE FUNCTION change_to_outbox();
