-- The directory was carved out of the order service. A database of the version before holds its rows in the
-- orders schema: they move here once, as they are (the order service keeps its copy, which they came from, so
-- nothing is sent back to it: the outbox rows the copy makes are marked delivered). A new database has nothing to move.
DO $$
BEGIN
  IF to_regclass('orders.partner') IS NOT NULL THEN
    INSERT INTO directory.partner SELECT id, name, mpn_id, type, country, created_at FROM orders.partner;
    INSERT INTO directory.reseller_link SELECT provider_id, reseller_id, linked_at FROM orders.reseller_link;
    INSERT INTO directory.customer SELECT id, partner_id, associated_partner_id, domain, company_name, email, culture, language,
      country, city, address_line1, postal_code, created_at FROM orders.customer;
    INSERT INTO directory.subscription SELECT id, customer_id, partner_id, friendly_name, status, origin, registration, created_at
      FROM orders.subscription;
    INSERT INTO directory.agent_access SELECT subscription_id, user_id, partner_id, granted_by, granted_at FROM orders.agent_access;
    -- A retried create-customer or create-subscription still replays its first answer.
    INSERT INTO directory.idempotency SELECT partner_id, key, request_hash, response, created_at, NULL, NULL FROM orders.idempotency
      WHERE response LIKE '%"objectType":"Customer"%' OR response LIKE '%"objectType":"Subscription"%';
    UPDATE directory.outbox SET delivered_at = clock_timestamp();
  END IF;
END $$;
