package dev.rvi.directory.sql;

import dev.rvi.domain.outbox.OutboxSql;
import dev.rvi.domain.paging.SortOrder;
import java.util.Map;

/**
 * Every statement of the customer directory, in one place. Each one that takes an id from a request also names the
 * caller's partner: {@code partner_id = $n} for what the partner owns, or, for reads, the reseller serving it
 * ({@code associated_partner_id}).
 */
public final class DirectorySql {
  /** The directory's outbox ({@code directory.outbox}): every change of its rows (topic {@code change}), written by triggers. */
  public static final OutboxSql OUTBOX = new OutboxSql("directory");

  private DirectorySql() {}

  // Partners and reseller links (the operator's administration)
  public static final String PARTNER_INSERT =
      "INSERT INTO directory.partner (id, name, mpn_id, type, country, created_at) VALUES ($1, $2, $3, $4, $5, $6)";
  public static final String PARTNER_BY_ID = "SELECT id, name, mpn_id, type, country, created_at FROM directory.partner WHERE id = $1";
  /** The names of partners $1 and of customers $2 (support agents' screens name them). */
  public static final String NAMES =
      "SELECT 'partner' AS kind, id, name FROM directory.partner WHERE id = ANY($1::text[]) "
          + "UNION ALL SELECT 'customer', id, company_name FROM directory.customer WHERE id = ANY($2::text[])";
  /** Partners and customers whose names match the ILIKE pattern $1, at most 1000 of each (the support queue's filter). */
  public static final String NAMES_MATCHING =
      "(SELECT 'partner' AS kind, id, name FROM directory.partner WHERE name ILIKE $1::text ORDER BY id LIMIT 1000) "
          + "UNION ALL (SELECT 'customer', id, company_name FROM directory.customer WHERE company_name ILIKE $1::text ORDER BY id LIMIT 1000)";
  public static final String PARTNER_BY_MPN = "SELECT id, name, mpn_id, type, country, created_at FROM directory.partner WHERE mpn_id = $1";
  public static final String PARTNER_LIST =
      "SELECT p.id, p.name, p.mpn_id, p.type, p.country, p.created_at, "
          + "coalesce(array_agg(l.reseller_id ORDER BY l.reseller_id) FILTER (WHERE l.reseller_id IS NOT NULL), '{}') AS resellers "
          + "FROM directory.partner p LEFT JOIN directory.reseller_link l ON l.provider_id = p.id GROUP BY p.id ORDER BY p.name, p.id";
  public static final String RESELLER_LINK =
      "INSERT INTO directory.reseller_link (provider_id, reseller_id, linked_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
  public static final String IS_LINKED = "SELECT 1 FROM directory.reseller_link WHERE provider_id = $1 AND reseller_id = $2";
  public static final String RESELLERS_OF =
      "SELECT p.id, p.name, p.mpn_id, p.country, l.linked_at, "
          + "(SELECT count(*) FROM directory.customer c WHERE c.partner_id = l.provider_id AND c.associated_partner_id = p.id) AS customers "
          + "FROM directory.reseller_link l JOIN directory.partner p ON p.id = l.reseller_id WHERE l.provider_id = $1 ORDER BY p.name";
  public static final String PROVIDERS_OF =
      "SELECT p.id, p.name, p.mpn_id, p.country, l.linked_at, 0::bigint AS customers "
          + "FROM directory.reseller_link l JOIN directory.partner p ON p.id = l.provider_id WHERE l.reseller_id = $1 ORDER BY p.name";

  // Customers
  private static final String CUSTOMER_COLUMNS =
      "c.id, c.partner_id, c.associated_partner_id, c.domain, c.company_name, c.email, c.culture, c.language, c.country, "
          + "c.city, c.address_line1, c.postal_code, c.created_at";
  public static final String CUSTOMER_INSERT =
      "INSERT INTO directory.customer (id, partner_id, associated_partner_id, domain, company_name, email, culture, language, "
          + "country, city, address_line1, postal_code, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
  /** A customer the caller may see: its own, or (for a reseller) one it serves. */
  public static final String CUSTOMER_VISIBLE =
      "SELECT " + CUSTOMER_COLUMNS + " FROM directory.customer c WHERE c.id = $1 AND (c.partner_id = $2 OR c.associated_partner_id = $2)";
  /** A customer the caller may act for: only its own. */
  public static final String CUSTOMER_OWNED =
      "SELECT " + CUSTOMER_COLUMNS + " FROM directory.customer c WHERE c.id = $1 AND c.partner_id = $2";
  private static final Map<String, String> CUSTOMER_ORDER =
      Map.of("name", "c.company_name", "domain", "c.domain", "createdAt", "c.created_at");

  /**
   * Partner $1's customers, $4 an ILIKE pattern their name, domain or id contains (null for all), in the order asked
   * (by name without one), ties in id order so that pages neither overlap nor skip.
   */
  public static String customerList(SortOrder sort) {
    String order = sort == null ? "c.company_name" : CUSTOMER_ORDER.get(sort.field()) + (sort.descending() ? " DESC" : "");
    return "SELECT " + CUSTOMER_COLUMNS + ", count(*) OVER () AS total FROM directory.customer c "
        + "WHERE (c.partner_id = $1 OR c.associated_partner_id = $1) "
        + "AND ($4::text IS NULL OR c.company_name ILIKE $4::text OR c.domain ILIKE $4::text OR c.id ILIKE $4::text) "
        + "ORDER BY " + order + ", c.id LIMIT $2 OFFSET $3";
  }

  // Subscriptions and explicit agent access
  private static final String SUBSCRIPTION_COLUMNS =
      "s.id, s.customer_id, s.partner_id, s.friendly_name, s.status, s.origin, s.registration, s.created_at";
  public static final String SUBSCRIPTION_INSERT =
      "INSERT INTO directory.subscription (id, customer_id, partner_id, friendly_name, status, origin, registration, created_at) "
          + "VALUES ($1, $2, $3, $4, 'active', $5, 'notregistered', $6)";
  public static final String SUBSCRIPTION_VISIBLE =
      "SELECT " + SUBSCRIPTION_COLUMNS + " FROM directory.subscription s JOIN directory.customer c ON c.id = s.customer_id "
          + "WHERE s.id = $1 AND s.customer_id = $2 AND (c.partner_id = $3 OR c.associated_partner_id = $3)";
  public static final String SUBSCRIPTION_OWNED =
      "SELECT " + SUBSCRIPTION_COLUMNS + " FROM directory.subscription s WHERE s.id = $1 AND s.customer_id = $2 AND s.partner_id = $3";
  /** The cart's subscriptions in one statement, however many lines name them. */
  public static final String SUBSCRIPTIONS_OWNED =
      "SELECT " + SUBSCRIPTION_COLUMNS + " FROM directory.subscription s WHERE s.id = ANY($1::text[]) AND s.customer_id = $2 AND s.partner_id = $3";
  public static final String SUBSCRIPTION_LIST =
      "SELECT " + SUBSCRIPTION_COLUMNS + " FROM directory.subscription s JOIN directory.customer c ON c.id = s.customer_id "
          + "WHERE s.customer_id = $1 AND (c.partner_id = $2 OR c.associated_partner_id = $2) ORDER BY s.created_at, s.id";
  public static final String SUBSCRIPTION_UPDATE =
      "UPDATE directory.subscription SET status = coalesce($4, status), friendly_name = coalesce($5, friendly_name) "
          + "WHERE id = $1 AND customer_id = $2 AND partner_id = $3";
  public static final String SUBSCRIPTION_REGISTER =
      "UPDATE directory.subscription SET registration = 'registered' WHERE id = $1 AND customer_id = $2 AND partner_id = $3";
  public static final String AGENT_SUBSCRIPTIONS =
      "SELECT a.subscription_id FROM directory.agent_access a JOIN directory.subscription s ON s.id = a.subscription_id "
          + "WHERE s.customer_id = $1 AND a.partner_id = $2 AND a.user_id = $3 ORDER BY a.subscription_id";
  /** Of the customer ids $1, those partner $2 sees (its own, or a reseller's associated ones). */
  public static final String CUSTOMERS_VISIBLE =
      "SELECT c.id FROM directory.customer c WHERE c.id = ANY($1::text[]) AND (c.partner_id = $2 OR c.associated_partner_id = $2)";
  /** Every agent with explicit access to subscription $1 of partner $2. */
  public static final String AGENT_ACCESS_LIST =
      "SELECT a.subscription_id, a.user_id, a.granted_by, a.granted_at FROM directory.agent_access a "
          + "WHERE a.subscription_id = $1 AND a.partner_id = $2 ORDER BY a.user_id";
  public static final String AGENT_ACCESS_GET =
      "SELECT a.subscription_id, a.user_id, a.granted_by, a.granted_at FROM directory.agent_access a "
          + "WHERE a.subscription_id = $1 AND a.user_id = $2 AND a.partner_id = $3";
  public static final String AGENT_ACCESS_GRANT =
      "INSERT INTO directory.agent_access (subscription_id, user_id, partner_id, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5) "
          + "ON CONFLICT (subscription_id, user_id) DO UPDATE SET granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at";
  public static final String AGENT_ACCESS_REVOKE =
      "DELETE FROM directory.agent_access WHERE subscription_id = $1 AND user_id = $2 AND partner_id = $3";

  // Savings plans as subscriptions (unit type Benefit), kept from the order service's outbox
  private static final String BENEFIT_COLUMNS =
      "b.id, b.savings_plan_order_id, b.partner_id, b.reseller_partner_id, b.customer_id, b.billing_subscription_id, b.friendly_name, "
          + "b.catalog_item_id, b.product_id, b.sku_id, b.term, b.billing_plan, b.effective_at, b.expires_at, b.renew, b.renewed_by, "
          + "b.order_id, b.created_at";
  /** One plan ($1, the order service's row as JSON) changed at $2 (its clock, microseconds), outbox sequence $3; skipped if older. */
  public static final String BENEFIT_SUBSCRIPTION_APPLY =
      "INSERT INTO directory.benefit_subscription (id, savings_plan_order_id, partner_id, reseller_partner_id, customer_id, "
          + "billing_subscription_id, friendly_name, catalog_item_id, product_id, sku_id, term, billing_plan, effective_at, expires_at, renew, "
          + "renewed_by, order_id, created_at, changed_at, sequence) "
          + "SELECT o.id, o.savings_plan_order_id, o.partner_id, o.reseller_partner_id, o.customer_id, o.subscription_id, o.display_name, "
          + "o.catalog_item_id, o.product_id, o.sku_id, o.term, o.billing_plan, o.effective_at, o.expires_at, o.renew, o.renewed_by, "
          + "o.order_id, o.created_at, $2, $3 "
          + "FROM jsonb_to_record($1::text::jsonb) AS o(id text, savings_plan_order_id text, partner_id text, reseller_partner_id text, "
          + "customer_id text, subscription_id text, display_name text, catalog_item_id text, product_id text, sku_id text, term text, "
          + "billing_plan text, effective_at timestamptz, expires_at timestamptz, renew boolean, renewed_by text, order_id text, "
          + "created_at timestamptz) "
          + "ON CONFLICT (id) DO UPDATE SET savings_plan_order_id = EXCLUDED.savings_plan_order_id, partner_id = EXCLUDED.partner_id, "
          + "reseller_partner_id = EXCLUDED.reseller_partner_id, customer_id = EXCLUDED.customer_id, "
          + "billing_subscription_id = EXCLUDED.billing_subscription_id, friendly_name = EXCLUDED.friendly_name, "
          + "catalog_item_id = EXCLUDED.catalog_item_id, product_id = EXCLUDED.product_id, sku_id = EXCLUDED.sku_id, term = EXCLUDED.term, "
          + "billing_plan = EXCLUDED.billing_plan, effective_at = EXCLUDED.effective_at, expires_at = EXCLUDED.expires_at, "
          + "renew = EXCLUDED.renew, renewed_by = EXCLUDED.renewed_by, order_id = EXCLUDED.order_id, created_at = EXCLUDED.created_at, "
          + "changed_at = EXCLUDED.changed_at, sequence = EXCLUDED.sequence "
          + "WHERE (directory.benefit_subscription.changed_at, directory.benefit_subscription.sequence) < (EXCLUDED.changed_at, EXCLUDED.sequence)";
  /** Customer $1's plans that partner $2 sold or is the reseller of record of, oldest first. */
  public static final String BENEFIT_SUBSCRIPTION_LIST =
      "SELECT " + BENEFIT_COLUMNS + " FROM directory.benefit_subscription b WHERE b.customer_id = $1 "
          + "AND (b.partner_id = $2 OR b.reseller_partner_id = $2) ORDER BY b.created_at, b.id";
  /** Plan $1 of customer $2, if partner $3 sold it or is its reseller of record. */
  public static final String BENEFIT_SUBSCRIPTION_VISIBLE =
      "SELECT " + BENEFIT_COLUMNS + " FROM directory.benefit_subscription b WHERE b.id = $1 AND b.customer_id = $2 "
          + "AND (b.partner_id = $3 OR b.reseller_partner_id = $3)";

  // Pricing tiers
  /** Customer $1's partner and reseller of record, if partner $2 is either. */
  public static final String PRICING_CUSTOMER =
      "SELECT c.partner_id, c.associated_partner_id FROM directory.customer c WHERE c.id = $1 AND (c.partner_id = $2 OR c.associated_partner_id = $2)";
  /** The provider reseller $1 was linked to first. */
  public static final String FIRST_PROVIDER =
      "SELECT provider_id FROM directory.reseller_link WHERE reseller_id = $1 ORDER BY linked_at, provider_id LIMIT 1";
}
