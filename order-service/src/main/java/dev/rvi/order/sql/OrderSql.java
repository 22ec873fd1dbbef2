package dev.rvi.order.sql;

import dev.rvi.domain.outbox.OutboxSql;
import dev.rvi.domain.paging.SortOrder;
import java.util.Map;

/**
 * Every statement of the order service, in one place. Each one that takes an id from a request also
 * names the caller's partner: {@code partner_id = $n} for what the partner owns, or, for reads, the
 * reseller it was bought with ({@code reseller_partner_id} / {@code associated_partner_id}).
 */
public final class OrderSql {
  /** The order service's outbox ({@code orders.outbox}): charges for billing (topic {@code charge}) and partners' events. */
  public static final OutboxSql OUTBOX = new OutboxSql("orders");

  private OrderSql() {}

  // The copy of the customer directory, kept from its changes (DirectoryCopy): $1 the row as JSON text, $2 when it changed
  // (microseconds), $3 its sequence. A change older than the last one applied to its row is skipped, so batches that
  // arrive out of order or twice leave the copy as the directory is.
  private static final Map<String, String> DIRECTORY_UPSERTS = Map.of(
      "partner", upsert("partner", "id", "name, mpn_id, type, country, created_at"),
      "reseller_link", upsert("reseller_link", "provider_id, reseller_id", "linked_at"),
      "customer", upsert("customer", "id", "partner_id, associated_partner_id, domain, company_name, email, culture, language, country, "
          + "city, address_line1, postal_code, created_at"),
      "subscription", upsert("subscription", "id", "customer_id, partner_id, friendly_name, status, origin, registration, created_at"),
      "agent_access", upsert("agent_access", "subscription_id, user_id", "partner_id, granted_by, granted_at"));
  private static final Map<String, String> DIRECTORY_DELETES = Map.of(
      "reseller_link", delete("reseller_link", "provider_id, reseller_id"),
      "agent_access", delete("agent_access", "subscription_id, user_id"));

  /** The statement that applies a directory change, or null for a table or operation not copied. */
  public static String directoryCopy(String table, String op) {
    return "DELETE".equals(op) ? DIRECTORY_DELETES.get(table)
        : "INSERT".equals(op) || "UPDATE".equals(op) ? DIRECTORY_UPSERTS.get(table) : null;
  }

  /** The changed row, and whether it is newer than what the copy last applied to that row (recording it if so). */
  private static String newer(String table, String key) {
    return "WITH o AS (SELECT * FROM jsonb_populate_record(NULL::orders." + table + ", $1::text::jsonb)), "
        + "v AS (INSERT INTO orders.directory_version (table_name, row_key, changed_at, sequence) SELECT '" + table + "', "
        + "concat_ws(' ', " + key.replace(", ", ", o.").replaceFirst("^", "o.") + "), $2, $3 FROM o ON CONFLICT (table_name, row_key) "
        + "DO UPDATE SET changed_at = EXCLUDED.changed_at, sequence = EXCLUDED.sequence "
        + "WHERE (orders.directory_version.changed_at, orders.directory_version.sequence) < (EXCLUDED.changed_at, EXCLUDED.sequence) "
        + "RETURNING 1) ";
  }

  private static String upsert(String table, String key, String columns) {
    StringBuilder set = new StringBuilder();
    for (String column : columns.split(", ")) {
      set.append(set.length() == 0 ? "" : ", ").append(column).append(" = EXCLUDED.").append(column);
    }
    return newer(table, key) + "INSERT INTO orders." + table + " (" + key + ", " + columns + ") SELECT " + key + ", " + columns
        + " FROM o WHERE EXISTS (SELECT 1 FROM v) ON CONFLICT (" + key + ") DO UPDATE SET " + set;
  }

  private static String delete(String table, String key) {
    StringBuilder match = new StringBuilder();
    for (String column : key.split(", ")) {
      match.append(" AND t.").append(column).append(" = o.").append(column);
    }
    return newer(table, key) + "DELETE FROM orders." + table + " t USING o WHERE EXISTS (SELECT 1 FROM v)" + match;
  }

  // Partners (the copy)
  public static final String PARTNER_BY_ID = "SELECT id, name, mpn_id, type, country, created_at FROM orders.partner WHERE id = $1";
  public static final String PARTNER_BY_MPN = "SELECT id, name, mpn_id, type, country, created_at FROM orders.partner WHERE mpn_id = $1";
  public static final String IS_LINKED = "SELECT 1 FROM orders.reseller_link WHERE provider_id = $1 AND reseller_id = $2";

  // Customers
  private static final String CUSTOMER_COLUMNS =
      "c.id, c.partner_id, c.associated_partner_id, c.domain, c.company_name, c.email, c.culture, c.language, c.country, "
          + "c.city, c.address_line1, c.postal_code, c.created_at";
  /** A customer the caller may see: its own, or (for a reseller) one it serves. */
  public static final String CUSTOMER_VISIBLE =
      "SELECT " + CUSTOMER_COLUMNS + " FROM orders.customer c WHERE c.id = $1 AND (c.partner_id = $2 OR c.associated_partner_id = $2)";
  /** Whose a reservation order is: a customer of the caller's partner, or one it sold to through a reseller (the reseller's). */
  public static final String CUSTOMER_OF_RESERVATION_ORDER =
      "SELECT r.customer_id, c.country FROM orders.reservation r JOIN orders.customer c ON c.id = r.customer_id "
          + "WHERE r.reservation_order_id = $1 AND (r.partner_id = $2 OR r.reseller_partner_id = $2) LIMIT 1";
  public static final String CUSTOMER_OF_SAVINGS_PLAN_ORDER =
      "SELECT p.customer_id, c.country FROM orders.savings_plan p JOIN orders.customer c ON c.id = p.customer_id "
          + "WHERE p.savings_plan_order_id = $1 AND (c.partner_id = $2 OR c.associated_partner_id = $2) LIMIT 1";
  public static final String CUSTOMER_OF_SUBSCRIPTION =
      "SELECT s.customer_id, c.country FROM orders.subscription s JOIN orders.customer c ON c.id = s.customer_id "
          + "WHERE s.id = $1 AND (c.partner_id = $2 OR c.associated_partner_id = $2)";
  /** Whose an exchange's or a trade-in's quote is (Azure quotes both with calculateExchange), and which it is. */
  public static final String CUSTOMER_OF_EXCHANGE_SESSION =
      "SELECT x.customer_id, c.country, 'exchange' AS kind FROM orders.exchange_session x JOIN orders.customer c ON c.id = x.customer_id "
          + "WHERE x.id = $1 AND x.partner_id = $2 UNION ALL "
          + "SELECT t.customer_id, c.country, 'tradeIn' AS kind FROM orders.trade_in_session t JOIN orders.customer c ON c.id = t.customer_id "
          + "WHERE t.id = $1 AND t.partner_id = $2";
  /** Archive ($5) a reservation of partner $4's that is no longer in force at $6; answers the row when it was. */
  public static final String RESERVATION_ARCHIVE =
      "UPDATE orders.reservation r SET archived = $5 WHERE r.id = $1 AND r.reservation_order_id = $2 AND r.customer_id = $3 "
          + "AND r.partner_id = $4 AND (r.provisioning_state <> 'Succeeded' OR r.expires_at <= $6) RETURNING r.id";
  public static final String RESERVATION_ORDER_TAKEN = "SELECT 1 FROM orders.reservation_order WHERE id = $1";
  /** A customer the caller may act for: only its own. */
  public static final String CUSTOMER_OWNED =
      "SELECT " + CUSTOMER_COLUMNS + " FROM orders.customer c WHERE c.id = $1 AND c.partner_id = $2";

  // Subscriptions and explicit agent access
  private static final String SUBSCRIPTION_COLUMNS =
      "s.id, s.customer_id, s.partner_id, s.friendly_name, s.status, s.origin, s.registration, s.created_at";
  public static final String SUBSCRIPTION_VISIBLE =
      "SELECT " + SUBSCRIPTION_COLUMNS + " FROM orders.subscription s JOIN orders.customer c ON c.id = s.customer_id "
          + "WHERE s.id = $1 AND s.customer_id = $2 AND (c.partner_id = $3 OR c.associated_partner_id = $3)";
  public static final String SUBSCRIPTION_OWNED =
      "SELECT " + SUBSCRIPTION_COLUMNS + " FROM orders.subscription s WHERE s.id = $1 AND s.customer_id = $2 AND s.partner_id = $3";
  /** The cart's subscriptions in one statement, however many lines name them. */
  public static final String SUBSCRIPTIONS_OWNED =
      "SELECT " + SUBSCRIPTION_COLUMNS + " FROM orders.subscription s WHERE s.id = ANY($1::text[]) AND s.customer_id = $2 AND s.partner_id = $3";
  public static final String AGENT_SUBSCRIPTIONS =
      "SELECT a.subscription_id FROM orders.agent_access a JOIN orders.subscription s ON s.id = a.subscription_id "
          + "WHERE s.customer_id = $1 AND a.partner_id = $2 AND a.user_id = $3 ORDER BY a.subscription_id";
  public static final String AGENT_ACCESS_GET =
      "SELECT a.subscription_id, a.user_id, a.granted_by, a.granted_at FROM orders.agent_access a "
          + "WHERE a.subscription_id = $1 AND a.user_id = $2 AND a.partner_id = $3";

  // Carts
  public static final String CART_INSERT =
      "INSERT INTO orders.cart (id, partner_id, customer_id, status, reseller_mpn_id, created_by, created_at, expires_at, updated_at) "
          + "VALUES ($1, $2, $3, 'open', $4, $5, $6, $7, $6)";
  public static final String CART_LINE_INSERT =
      "INSERT INTO orders.cart_line (cart_id, line_id, catalog_item_id, quantity, term, billing_cycle, subscription_id, scope, "
          + "error_code, error_description, reseller_mpn_id, billing_plan, commitment_amount, commitment_currency, prices) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)";
  public static final String CART_LINES_DELETE = "DELETE FROM orders.cart_line WHERE cart_id = $1";
  public static final String CART_GET =
      "SELECT id, partner_id, customer_id, status, reseller_mpn_id, created_by, created_at, expires_at, updated_at "
          + "FROM orders.cart WHERE id = $1 AND customer_id = $2 AND partner_id = $3";
  public static final String CART_LOCK =
      "SELECT status FROM orders.cart WHERE id = $1 AND customer_id = $2 AND partner_id = $3 FOR UPDATE NOWAIT";
  public static final String CART_TOUCH =
      "UPDATE orders.cart SET reseller_mpn_id = $4, updated_at = $5 WHERE id = $1 AND customer_id = $2 AND partner_id = $3";
  public static final String CART_SUBMIT = "UPDATE orders.cart SET status = 'submitted', updated_at = $2 WHERE id = $1";
  public static final String CART_LINES =
      "SELECT line_id, catalog_item_id, quantity, term, billing_cycle, subscription_id, scope, error_code, error_description, "
          + "reseller_mpn_id, billing_plan, commitment_amount, commitment_currency, prices FROM orders.cart_line WHERE cart_id = $1 "
          + "ORDER BY line_id";
  public static final String CART_LINE_ERROR =
      "UPDATE orders.cart_line SET error_code = $3, error_description = $4 WHERE cart_id = $1 AND line_id = $2";

  // Orders, reservations and charges (checkout)
  /** Named parameters (SqlTemplate), as the other statements of a new order. */
  public static final String ORDER_INSERT =
      "INSERT INTO orders.purchase_order (id, alternate_id, partner_id, customer_id, cart_id, order_group, currency, status, "
          + "partner_id_on_record, reseller_partner_id, created_by, created_at, origin) VALUES (#{id}, #{alternateId}, #{partnerId}, "
          + "#{customerId}, #{cartId}, #{orderGroup}, #{currency}, 'completed', #{partnerIdOnRecord}, #{resellerPartnerId}, #{createdBy}, "
          + "#{createdAt}, #{origin})";
  public static final String RESERVATION_ORDER_INSERT =
      "INSERT INTO orders.reservation_order (id, partner_id, customer_id, order_id, line_number, created_at) VALUES ($1, $2, $3, $4, $5, $6)";
  public static final String ORDER_LINE_TIER_INSERT =
      "INSERT INTO orders.order_line_tier (order_id, line_number, level, seller_id, buyer_id, unit_price, currency) "
          + "VALUES (#{orderId}, #{lineNumber}, #{level}, #{sellerId}, #{buyerId}, #{unitPrice}, #{currency})";
  /** The tier prices of the order line of reservation order $1. */
  /** The tier prices fixed on the order lines of reservation orders $1. */
  public static final String RESERVATION_ORDER_TIERS =
      "SELECT l.reservation_order_id, t.level, t.seller_id, t.buyer_id, t.unit_price FROM orders.order_line_tier t JOIN orders.order_line l "
          + "ON l.order_id = t.order_id AND l.line_number = t.line_number WHERE l.reservation_order_id = ANY($1::text[]) "
          + "ORDER BY l.reservation_order_id, t.level";
  /** The tier prices of orders $1. */
  public static final String ORDER_LINE_TIERS =
      "SELECT order_id, line_number, level, seller_id, buyer_id, unit_price, currency FROM orders.order_line_tier "
          + "WHERE order_id = ANY($1::text[]) ORDER BY order_id, line_number, level";
  public static final String ORDER_LINE_INSERT =
      "INSERT INTO orders.order_line (order_id, line_number, catalog_item_id, product_id, sku_id, friendly_name, term, quantity, "
          + "unit_price, currency, reservation_order_id, hourly_commitment) VALUES (#{orderId}, #{lineNumber}, #{catalogItemId}, "
          + "#{productId}, #{skuId}, #{friendlyName}, #{term}, #{quantity}, #{unitPrice}, #{currency}, #{reservationOrderId}, "
          + "#{hourlyCommitment})";
  public static final String RESERVATION_INSERT =
      "INSERT INTO orders.reservation (id, reservation_order_id, partner_id, customer_id, subscription_id, applied_scope_type, "
          + "applied_subscription, catalog_item_id, product_id, sku_id, arm_sku_name, arm_region_name, location, series, flex_ratio, "
          + "quantity, term, unit_price, currency, effective_at, expires_at, provisioning_state, partner_id_on_record, "
          + "reseller_partner_id, created_at, renew, billing_plan) VALUES (#{id}, #{reservationOrderId}, #{partnerId}, #{customerId}, "
          + "#{subscriptionId}, #{appliedScopeType}, #{appliedSubscription}, #{catalogItemId}, #{productId}, #{skuId}, #{armSkuName}, "
          + "#{armRegionName}, #{location}, #{series}, #{flexRatio}, #{quantity}, #{term}, #{unitPrice}, #{currency}, #{effectiveAt}, "
          + "#{expiresAt}, 'Succeeded', #{partnerIdOnRecord}, #{resellerPartnerId}, #{createdAt}, #{renew}, #{billingPlan})";
  public static final String CHARGE_INSERT =
      "INSERT INTO orders.charge (partner_id, customer_id, order_id, reservation_order_id, charge_type, product_id, sku_id, sku_name, "
          + "unit_price, quantity, amount, currency, charge_start, charge_end, reseller_mpn_id, created_at, tiers) "
          + "VALUES (#{partnerId}, #{customerId}, #{orderId}, #{reservationOrderId}, 'purchase', #{productId}, #{skuId}, #{skuName}, "
          + "#{unitPrice}, #{quantity}, #{amount}, #{currency}, #{chargeStart}, #{chargeEnd}, #{resellerMpnId}, #{createdAt}, "
          + "#{tiers}::text::jsonb)";

  /** Orders the caller may see: its own, or (for a reseller) those bought with it as partner of record. */
  private static final String ORDER_VISIBLE = "(o.partner_id = $2 OR o.reseller_partner_id = $2)";
  private static final String ORDER_COLUMNS =
      "o.id, o.alternate_id, o.customer_id, o.currency, o.status, o.partner_id_on_record, o.created_at";
  /**
   * Whether the agent in parameter {@code user} may see order o: that parameter is null for callers who see every order
   * (admin agents, billing admins, resellers of record); for a sales or helpdesk agent, a role on one of the order's
   * reservations or explicit access to its subscription.
   */
  private static String orderAgentMaySee(String user) {
    return "(" + user + "::text IS NULL OR EXISTS (SELECT 1 FROM orders.reservation_order ro "
        + "JOIN orders.reservation r ON r.reservation_order_id = ro.id WHERE ro.order_id = o.id AND ("
        + "EXISTS (SELECT 1 FROM orders.reservation_role x WHERE x.reservation_id = r.id AND x.user_id = " + user + ") OR "
        + "EXISTS (SELECT 1 FROM orders.agent_access a WHERE a.subscription_id = r.subscription_id AND a.user_id = " + user + "))))";
  }
  public static final String ORDER_LIST =
      "SELECT " + ORDER_COLUMNS + ", count(*) OVER () AS total FROM orders.purchase_order o "
          + "WHERE o.customer_id = $1 AND " + ORDER_VISIBLE + " AND " + orderAgentMaySee("$5") + " ORDER BY o.created_at DESC, o.id LIMIT $3 OFFSET $4";
  /** Partner $2's orders across its customers: of customer $1, reseller $3, in status $4; $5 narrows them to an agent's. */
  public static final String PARTNER_ORDERS =
      "SELECT " + ORDER_COLUMNS + ", count(*) OVER () AS total FROM orders.purchase_order o "
          + "WHERE ($1::text IS NULL OR o.customer_id = $1::text) AND " + ORDER_VISIBLE + " AND ($3::text IS NULL OR o.reseller_partner_id = $3::text) "
          + "AND ($4::text IS NULL OR o.status = $4::text) AND " + orderAgentMaySee("$5") + " ORDER BY o.created_at DESC, o.id LIMIT $6 OFFSET $7";
  public static final String ORDER_GET =
      "SELECT " + ORDER_COLUMNS + ", " + orderAgentMaySee("$4") + " AS agent_may_see FROM orders.purchase_order o "
          + "WHERE o.customer_id = $1 AND " + ORDER_VISIBLE + " AND o.id = $3";
  public static final String ORDER_LINES =
      "SELECT l.order_id, l.line_number, l.catalog_item_id, l.product_id, l.sku_id, l.friendly_name, l.term, l.quantity, l.unit_price, "
          + "l.currency, l.reservation_order_id, l.hourly_commitment, c.country FROM orders.order_line l JOIN orders.purchase_order o ON o.id = l.order_id "
          + "JOIN orders.customer c ON c.id = o.customer_id WHERE l.order_id = ANY($1::text[]) ORDER BY l.order_id, l.line_number";

  /** A sales or helpdesk agent $a sees a reservation it has a role on or whose subscription it was given; $a null sees all. */
  private static final String AGENT_SEES =
      "($a::text IS NULL OR EXISTS (SELECT 1 FROM orders.reservation_role x WHERE x.reservation_id = r.id AND x.user_id = $a::text) "
          + "OR EXISTS (SELECT 1 FROM orders.agent_access a WHERE a.subscription_id = r.subscription_id AND a.user_id = $a::text))";
  private static final String RESERVATION_COLUMNS =
      "r.id, r.reservation_order_id, r.customer_id, r.subscription_id, r.applied_scope_type, r.applied_subscription, r.catalog_item_id, "
          + "r.product_id, r.sku_id, r.arm_sku_name, r.arm_region_name, r.location, r.series, r.flex_ratio, r.quantity, r.term, "
          + "r.unit_price, r.currency, r.effective_at, r.expires_at, r.provisioning_state, r.partner_id_on_record, r.created_at, "
          + "r.display_name, r.instance_flexibility, r.renew, r.billing_plan, r.archived, ro.order_id, ro.line_number, o.alternate_id, "
          + "nx.id AS renewed_to, nx.reservation_order_id AS renewed_to_order, pv.id AS renewed_from, "
          + "pv.reservation_order_id AS renewed_from_order";
  private static final String RESERVATION_FROM =
      " FROM orders.reservation r JOIN orders.reservation_order ro ON ro.id = r.reservation_order_id "
          + "JOIN orders.purchase_order o ON o.id = ro.order_id "
          + "LEFT JOIN orders.reservation nx ON nx.id = r.renewed_by LEFT JOIN orders.reservation pv ON pv.renewed_by = r.id ";
  public static final String RESERVATION_LIST =
      "SELECT " + RESERVATION_COLUMNS + ", count(*) OVER () AS total" + RESERVATION_FROM
          + "WHERE r.customer_id = $1 AND (r.partner_id = $2 OR r.reseller_partner_id = $2) "
          + "AND ($5::text IS NULL OR r.reservation_order_id = $5::text) AND ($6::text[] IS NULL OR r.id = ANY($6::text[])) "
          + "ORDER BY r.created_at, r.id LIMIT $3 OFFSET $4";
  /**
   * The same list with $7 an ILIKE pattern its name, size, region or ids contain (null for all), sorted as asked (in
   * the order bought without a sort; the state as the overview shows it at $8, Expiring before $9), ties in id order.
   * $8 and $9 are named in the WHERE too, since Postgres must see every parameter of a statement.
   */
  public static String reservationList(SortOrder sort) {
    return "SELECT " + RESERVATION_COLUMNS + ", count(*) OVER () AS total" + RESERVATION_FROM
        + "WHERE r.customer_id = $1 AND (r.partner_id = $2 OR r.reseller_partner_id = $2) "
        + "AND ($5::text IS NULL OR r.reservation_order_id = $5::text) AND ($6::text[] IS NULL OR r.id = ANY($6::text[])) "
        + "AND " + RESERVATION_TEXT.replace("$t", "$7") + " AND $8::timestamptz IS NOT NULL AND $9::timestamptz IS NOT NULL "
        + "ORDER BY " + reservationOrder(sort, "r.created_at", "$8", "$9") + ", r.id LIMIT $3 OFFSET $4";
  }

  /** Rows whose name, size, region, location or ids contain the pattern $t (null for every row). */
  private static final String RESERVATION_TEXT =
      "($t::text IS NULL OR r.display_name ILIKE $t::text OR r.arm_sku_name ILIKE $t::text OR r.arm_region_name ILIKE $t::text "
          + "OR r.location ILIKE $t::text OR r.id ILIKE $t::text OR r.reservation_order_id ILIKE $t::text)";

  private static String reservationOrder(SortOrder sort, String otherwise, String now, String soon) {
    if (sort == null) {
      return otherwise;
    }
    String column = switch (sort.field()) {
      case "name" -> "coalesce(r.display_name, r.arm_sku_name || ' ' || r.arm_region_name)";
      case "size" -> "r.arm_sku_name";
      case "region" -> "r.arm_region_name";
      case "quantity" -> "r.quantity";
      case "purchasedAt" -> "r.created_at";
      case "expiresAt" -> "r.expires_at";
      case "state" -> displayState(now, soon);
      default -> throw new IllegalArgumentException("no reservation order " + sort.field());
    };
    return column + (sort.descending() ? " DESC" : "");
  }

  /** A reservation's state as its overview shows it, with the moments now and 30 days from now (the Expiring window). */
  private static String displayState(String now, String soon) {
    return "CASE WHEN r.provisioning_state <> 'Succeeded' THEN r.provisioning_state WHEN r.expires_at <= " + now
        + "::timestamptz THEN 'Expired' WHEN r.expires_at <= " + soon + "::timestamptz THEN 'Expiring' ELSE 'Succeeded' END";
  }
  /**
   * Partner $1's reservations (as provider or reseller) across its customers: of customer $2, reseller $3, in state $4
   * (as the overview shows it, at $10 and $11), expiring in [$5, $6); $9 narrows them to an agent's (a role on the
   * reservation, or access to its subscription), null for callers who see all.
   */
  public static String partnerReservations(SortOrder sort) {
    return "SELECT " + RESERVATION_COLUMNS + ", r.reseller_partner_id, count(*) OVER () AS total" + RESERVATION_FROM
          + "WHERE (r.partner_id = $1 OR r.reseller_partner_id = $1) AND ($2::text IS NULL OR r.customer_id = $2::text) "
          + "AND ($3::text IS NULL OR r.reseller_partner_id = $3::text) AND ($4::text IS NULL OR " + displayState("$10", "$11") + " = $4::text) "
          + "AND ($5::timestamptz IS NULL OR r.expires_at >= $5::timestamptz) AND ($6::timestamptz IS NULL OR r.expires_at < $6::timestamptz) "
          + "AND ($9::text IS NULL OR EXISTS (SELECT 1 FROM orders.reservation_role x WHERE x.reservation_id = r.id AND x.user_id = $9::text) "
          + "OR EXISTS (SELECT 1 FROM orders.agent_access a WHERE a.subscription_id = r.subscription_id AND a.user_id = $9::text)) "
          + "AND " + RESERVATION_TEXT.replace("$t", "$12") + " AND ($13::boolean IS NULL OR r.archived = $13::boolean) "
          + "ORDER BY " + reservationOrder(sort, "r.expires_at", "$10", "$11") + ", r.id LIMIT $7 OFFSET $8";
  }
  /**
   * A page of partner $1's reservation orders, oldest first, each with all its reservations (for agent $2, only those it
   * may see), $3 orders from the $4th.
   */
  public static final String PARTNER_RESERVATION_ORDERS =
      "WITH page AS (SELECT r.reservation_order_id, min(r.created_at) AS first, count(*) OVER () AS total FROM orders.reservation r "
          + "WHERE (r.partner_id = $1 OR r.reseller_partner_id = $1) AND " + AGENT_SEES.replace("$a", "$2") + " "
          + "GROUP BY r.reservation_order_id ORDER BY first, r.reservation_order_id LIMIT $3 OFFSET $4) "
          + "SELECT " + RESERVATION_COLUMNS + ", r.reseller_partner_id, page.total" + RESERVATION_FROM
          + "JOIN page ON page.reservation_order_id = r.reservation_order_id "
          + "WHERE (r.partner_id = $1 OR r.reseller_partner_id = $1) AND " + AGENT_SEES.replace("$a", "$2") + " "
          + "ORDER BY page.first, r.reservation_order_id, r.created_at, r.id";
  public static final String RESERVATION_GET =
      "SELECT " + RESERVATION_COLUMNS + RESERVATION_FROM
          + "WHERE r.customer_id = $1 AND (r.partner_id = $2 OR r.reseller_partner_id = $2) "
          + "AND r.reservation_order_id = $3 AND r.id = $4";

  // Managing reservations
  private static final String MANAGED_COLUMNS =
      "r.id, r.reservation_order_id, r.partner_id, r.customer_id, r.subscription_id, r.applied_scope_type, r.applied_subscription, "
          + "r.catalog_item_id, r.product_id, r.sku_id, r.arm_sku_name, r.arm_region_name, r.location, r.series, r.flex_ratio, "
          + "r.quantity, r.term, r.unit_price, r.currency, r.effective_at, r.expires_at, r.provisioning_state, r.partner_id_on_record, "
          + "r.reseller_partner_id, r.renew, r.renewed_by, r.created_at, r.display_name, r.instance_flexibility, r.billing_plan";
  /** A reservation the caller's partner owns (may manage), or one bought with it as partner of record (may read). */
  public static final String RESERVATION_FOR =
      "SELECT " + MANAGED_COLUMNS + " FROM orders.reservation r WHERE r.id = $1 AND r.reservation_order_id = $2 "
          + "AND r.customer_id = $3 AND (r.partner_id = $4 OR r.reseller_partner_id = $4)";
  /** For alert rules: partner $1's reservations in force at $2, of customers $3 (empty: all). */
  public static final String RESERVATIONS_FOR_ALERTS =
      "SELECT " + MANAGED_COLUMNS + " FROM orders.reservation r WHERE r.partner_id = $1 AND r.quantity > 0 AND r.effective_at <= $2 "
          + "AND r.expires_at > $2 AND (cardinality($3::text[]) = 0 OR r.customer_id = ANY($3::text[])) ORDER BY r.customer_id, r.id";
  public static final String RESERVATION_LOCK =
      "SELECT " + MANAGED_COLUMNS + " FROM orders.reservation r WHERE r.id = $1 AND r.partner_id = $2 FOR UPDATE";
  public static final String RESERVATIONS_OF_CUSTOMER =
      "SELECT " + MANAGED_COLUMNS + " FROM orders.reservation r WHERE r.id = ANY($1::text[]) AND r.customer_id = $2 "
          + "AND r.partner_id = $3 ORDER BY r.id";
  public static final String RESERVATIONS_OF_CUSTOMER_LOCK = RESERVATIONS_OF_CUSTOMER + " FOR UPDATE";
  public static final String RESERVATION_CONFIGURE =
      "UPDATE orders.reservation SET applied_scope_type = $3, applied_subscription = $4, renew = $5, display_name = $6, "
          + "instance_flexibility = $7 WHERE id = $1 AND partner_id = $2";
  /** A new reservation with the properties of another ($2) and its own quantity ($3): the parts of a split, a merge's result. */
  public static final String RESERVATION_COPY =
      "INSERT INTO orders.reservation (id, reservation_order_id, partner_id, customer_id, subscription_id, applied_scope_type, "
          + "applied_subscription, catalog_item_id, product_id, sku_id, arm_sku_name, arm_region_name, location, series, flex_ratio, "
          + "quantity, term, unit_price, currency, effective_at, expires_at, provisioning_state, partner_id_on_record, "
          + "reseller_partner_id, created_at, renew, display_name, instance_flexibility, billing_plan) "
          + "SELECT $1, reservation_order_id, partner_id, customer_id, subscription_id, applied_scope_type, applied_subscription, "
          + "catalog_item_id, product_id, sku_id, arm_sku_name, arm_region_name, location, series, flex_ratio, $3, term, unit_price, "
          + "currency, effective_at, expires_at, 'Succeeded', partner_id_on_record, reseller_partner_id, created_at, renew, display_name, "
          + "instance_flexibility, billing_plan FROM orders.reservation WHERE id = $2 AND partner_id = $4";
  /** The end of a split or merged reservation: nothing left of it, and why. */
  public static final String RESERVATION_END =
      "UPDATE orders.reservation SET quantity = 0, provisioning_state = $3 WHERE id = $1 AND partner_id = $2 AND quantity > 0";
  public static final String RESERVATION_REDUCE =
      "UPDATE orders.reservation SET quantity = quantity - $3, cancelled_quantity = cancelled_quantity + $3, "
          + "provisioning_state = CASE WHEN quantity - $3 = 0 THEN $4 ELSE provisioning_state END WHERE id = $1 AND partner_id = $2";
  public static final String REVISION_INSERT =
      "INSERT INTO orders.reservation_revision (reservation_id, partner_id, changed_by, changed_at, change, before, after) "
          + "VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb)";
  /** The exchange revisions of reservations $1 (partner $2) that session $3 gave back name what replaced them ($4, JSON). */
  public static final String REVISION_REPLACED_BY =
      "UPDATE orders.reservation_revision SET after = after || $4::text::jsonb WHERE reservation_id = ANY($1) AND partner_id = $2 "
          + "AND change = 'exchange' AND after->>'exchangeSessionId' = $3";
  public static final String REVISIONS =
      "SELECT id, changed_by, changed_at, change, before::text AS before, after::text AS after FROM orders.reservation_revision "
          + "WHERE reservation_id = $1 AND partner_id = $2 ORDER BY id";
  public static final String ROLE_GET =
      "SELECT reservation_id, user_id, role, granted_by, granted_at FROM orders.reservation_role "
          + "WHERE reservation_id = $1 AND user_id = $2 AND partner_id = $3";
  public static final String ROLE_LIST =
      "SELECT reservation_id, user_id, role, granted_by, granted_at FROM orders.reservation_role "
          + "WHERE reservation_id = $1 AND partner_id = $2 ORDER BY user_id";
  public static final String ROLE_PUT =
      "INSERT INTO orders.reservation_role (reservation_id, user_id, partner_id, role, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5, $6) "
          + "ON CONFLICT (reservation_id, user_id) DO UPDATE SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by, "
          + "granted_at = EXCLUDED.granted_at";
  public static final String ROLE_DELETE =
      "DELETE FROM orders.reservation_role WHERE reservation_id = $1 AND user_id = $2 AND partner_id = $3";
  /**
   * A page of customer $1's entitlements as seen by partner $2 (reservations, then savings plans by purchase): $5 the
   * reservations a limited agent may see (null: all), $6 one kind ({@code reservedinstance} or {@code savingsplan}; null:
   * both), $7 the limited agent, who sees the plans of subscriptions the agent has access to (null: all).
   */
  public static final String ENTITLEMENT_PAGE =
      "SELECT e.kind, e.id, count(*) OVER () AS total FROM ("
          + "SELECT 'reservedinstance' AS kind, r.id, r.created_at FROM orders.reservation r WHERE r.customer_id = $1 "
          + "AND (r.partner_id = $2 OR r.reseller_partner_id = $2) AND ($5::text[] IS NULL OR r.id = ANY($5::text[])) "
          + "UNION ALL SELECT 'savingsplan', p.id, p.created_at FROM orders.savings_plan p WHERE p.customer_id = $1 "
          + "AND (p.partner_id = $2 OR p.reseller_partner_id = $2) AND ($7::text IS NULL OR p.partner_id <> $2 OR EXISTS "
          + "(SELECT 1 FROM orders.agent_access a WHERE a.subscription_id = p.subscription_id AND a.user_id = $7::text))) e "
          + "WHERE ($6::text IS NULL OR e.kind = $6::text) ORDER BY e.created_at, e.kind, e.id LIMIT $3 OFFSET $4";
  /** Reservations a non-admin agent may see: assigned a role on it, or explicit access to its subscription. */
  public static final String AGENT_MAY_SEE =
      "SELECT r.id FROM orders.reservation r WHERE r.customer_id = $1 AND r.partner_id = $2 AND ("
          + "EXISTS (SELECT 1 FROM orders.reservation_role x WHERE x.reservation_id = r.id AND x.user_id = $3) OR "
          + "EXISTS (SELECT 1 FROM orders.agent_access a WHERE a.subscription_id = r.subscription_id AND a.user_id = $3))";

  // Refunds and exchanges
  public static final String CUSTOMER_LOCK = "SELECT id FROM orders.customer WHERE id = $1 AND partner_id = $2 FOR UPDATE";
  /** Each refund counted in the window, oldest first: the ledger shows when each leaves it. */
  public static final String REFUNDS_IN_WINDOW =
      "SELECT created_at, counted_usd FROM orders.refund WHERE customer_id = $1 AND created_at > $2 AND counted_usd > 0 ORDER BY created_at";
  public static final String REFUNDS_COUNTED =
      "SELECT coalesce(sum(counted_usd), 0) AS consumed FROM orders.refund WHERE customer_id = $1 AND created_at > $2";
  public static final String REFUND_SESSION_INSERT =
      "INSERT INTO orders.refund_session (id, partner_id, customer_id, reservation_order_id, reservation_id, quantity, quote, "
          + "created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9)";
  public static final String REFUND_SESSION_LOCK =
      "SELECT id, reservation_order_id, reservation_id, quantity, expires_at, refund_id FROM orders.refund_session "
          + "WHERE id = $1 AND customer_id = $2 AND partner_id = $3 FOR UPDATE";
  public static final String REFUND_SESSION_USED = "UPDATE orders.refund_session SET refund_id = $2 WHERE id = $1";
  public static final String REFUND_INSERT =
      "INSERT INTO orders.refund (id, partner_id, customer_id, reservation_order_id, reservation_id, session_id, external_key, quantity, "
          + "refund_amount, fee, counted_usd, currency, reason, response, created_by, created_at) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";
  public static final String REFUND_BY_ID = "SELECT response FROM orders.refund WHERE id = $1";
  public static final String REFUND_BY_KEY = "SELECT response FROM orders.refund WHERE partner_id = $1 AND external_key = $2";
  /** A credit of $3 instances of reservation $1: type $2, amount $4 (negative), dated $5, each tier's amount $6 (JSON). */
  public static final String CREDIT_INSERT =
      "INSERT INTO orders.charge (partner_id, customer_id, order_id, reservation_order_id, charge_type, product_id, sku_id, sku_name, "
          + "unit_price, quantity, amount, currency, charge_start, charge_end, reseller_mpn_id, created_at, tiers) "
          + "SELECT r.partner_id, r.customer_id, ro.order_id, r.reservation_order_id, $2, r.product_id, r.sku_id, r.arm_sku_name, "
          + "r.unit_price, $3, $4, r.currency, $5, r.expires_at, r.partner_id_on_record, $5, $6::text::jsonb "
          + "FROM orders.reservation r JOIN orders.reservation_order ro ON ro.id = r.reservation_order_id WHERE r.id = $1";
  public static final String EXCHANGE_SESSION_INSERT =
      "INSERT INTO orders.exchange_session (id, partner_id, customer_id, plan, created_at, expires_at) VALUES ($1, $2, $3, $4::text::jsonb, $5, $6)";
  public static final String EXCHANGE_SESSION_LOCK =
      "SELECT id, plan::text AS plan, expires_at, response FROM orders.exchange_session WHERE id = $1 AND customer_id = $2 AND partner_id = $3 FOR UPDATE";
  public static final String EXCHANGE_SESSION_GET =
      "SELECT id, plan::text AS plan, expires_at, response FROM orders.exchange_session WHERE id = $1 AND customer_id = $2 AND partner_id = $3";
  public static final String EXCHANGE_SESSION_DONE = "UPDATE orders.exchange_session SET response = $2, external_key = $3 WHERE id = $1";
  public static final String EXCHANGE_BY_KEY = "SELECT response FROM orders.exchange_session WHERE partner_id = $1 AND external_key = $2";

  // Savings plans
  private static final String SAVINGS_PLAN_COLUMNS =
      "p.id, p.savings_plan_order_id, p.partner_id, p.customer_id, p.subscription_id, p.applied_scope_type, p.applied_subscription, "
          + "p.display_name, p.catalog_item_id, p.product_id, p.sku_id, p.hourly_commitment, p.currency, p.term, p.billing_plan, "
          + "p.effective_at, p.expires_at, p.renew, p.provisioning_state, p.partner_id_on_record, p.reseller_partner_id, p.order_id, "
          + "p.line_number, p.traded_in, p.renewed_from, p.renewed_by, p.created_at";
  /** Named parameters, for SqlTemplate: a new plan. */
  public static final String SAVINGS_PLAN_INSERT =
      "INSERT INTO orders.savings_plan (id, savings_plan_order_id, partner_id, customer_id, subscription_id, applied_scope_type, "
          + "applied_subscription, display_name, catalog_item_id, product_id, sku_id, hourly_commitment, currency, term, billing_plan, "
          + "effective_at, expires_at, renew, partner_id_on_record, reseller_partner_id, order_id, line_number, traded_in, renewed_from, "
          + "created_at) "
          + "VALUES (#{id}, #{savingsPlanOrderId}, #{partnerId}, #{customerId}, #{subscriptionId}, #{appliedScopeType}, "
          + "#{appliedSubscription}, #{displayName}, #{catalogItemId}, #{productId}, #{skuId}, #{hourlyCommitment}, #{currency}, #{term}, "
          + "#{billingPlan}, #{effectiveAt}, #{expiresAt}, #{renew}, #{partnerIdOnRecord}, #{resellerPartnerId}, #{orderId}, "
          + "#{lineNumber}, #{tradedIn}, #{renewedFrom}, #{createdAt})";
  /** Claims up to $2 plans due at $1 for the run $3, for $4 seconds (database time); answers them. */
  public static final String SAVINGS_PLAN_RENEWALS_CLAIM =
      "UPDATE orders.savings_plan p SET renewal_claim = $3, renewal_claimed_until = clock_timestamp() + make_interval(secs => $4) "
          + "WHERE p.id IN (SELECT d.id FROM orders.savings_plan d WHERE d.renew AND d.renewed_by IS NULL AND d.expires_at <= $1 "
          + "AND (d.renewal_claimed_until IS NULL OR d.renewal_claimed_until < clock_timestamp()) ORDER BY d.expires_at LIMIT $2 "
          + "FOR UPDATE SKIP LOCKED) RETURNING " + SAVINGS_PLAN_COLUMNS;
  public static final String SAVINGS_PLAN_RENEWAL_LOCK =
      "SELECT id FROM orders.savings_plan WHERE id = $1 AND renewal_claim = $2 AND renewed_by IS NULL FOR UPDATE";
  public static final String SAVINGS_PLAN_RENEWED =
      "UPDATE orders.savings_plan SET renewed_by = $2, renewal_claim = NULL, renewal_claimed_until = NULL WHERE id = $1";
  /** As {@link #EXPIRY_NOTICES}, for savings plans: {@code expiring} within 30 days of expiry, {@code expired} at or past it. */
  public static final String SAVINGS_PLAN_NOTICES =
      "WITH due AS (SELECT p.id FROM orders.savings_plan p WHERE CASE $2 "
          + "WHEN 'expiring' THEN p.expires_at - interval '30 days' <= $1 AND p.expires_at > $1 ELSE p.expires_at <= $1 END "
          + "AND NOT EXISTS (SELECT 1 FROM orders.savings_plan_notice n WHERE n.savings_plan_id = p.id AND n.kind = $2) "
          + "ORDER BY p.expires_at LIMIT 1000), "
          + "noted AS (INSERT INTO orders.savings_plan_notice (savings_plan_id, kind, sent_at) SELECT id, $2, $1 FROM due "
          + "ON CONFLICT DO NOTHING RETURNING savings_plan_id) "
          + "INSERT INTO orders.outbox (topic, payload) SELECT 'event', jsonb_build_object('id', 'evt_' || replace(gen_random_uuid()::text, '-', ''), "
          + "'type', CASE $2 WHEN 'expired' THEN 'savingsPlan.expired' ELSE 'savingsPlan.expiring' END, 'partnerId', p.partner_id, "
          + "'resellerPartnerId', p.reseller_partner_id, 'customerId', p.customer_id, 'createdAt', $1, 'data', jsonb_build_object("
          + "'savingsPlanId', p.id, 'savingsPlanOrderId', p.savings_plan_order_id, 'expiryDateTime', p.expires_at, "
          + "'hourlyCommitment', p.hourly_commitment, 'currencyCode', p.currency, 'renew', p.renew, "
          + "'daysLeft', CASE $2 WHEN 'expiring' THEN 30 END)::text) FROM noted JOIN orders.savings_plan p ON p.id = noted.savings_plan_id";
  /** A page of customer $1's plans that partner $2 sells or is the reseller of record of, with the page's total. */
  public static final String SAVINGS_PLAN_LIST =
      "SELECT " + SAVINGS_PLAN_COLUMNS + ", count(*) OVER () AS total FROM orders.savings_plan p WHERE p.customer_id = $1 "
          + "AND (p.partner_id = $2 OR p.reseller_partner_id = $2) ORDER BY p.created_at DESC, p.id LIMIT $3 OFFSET $4";
  /** Partner $1's plans across its customers (of order $2, if named; for agent $3, those of subscriptions it was given), oldest first. */
  public static final String PARTNER_SAVINGS_PLANS =
      "SELECT " + SAVINGS_PLAN_COLUMNS + ", count(*) OVER () AS total FROM orders.savings_plan p WHERE (p.partner_id = $1 OR p.reseller_partner_id = $1) "
          + "AND ($2::text IS NULL OR p.savings_plan_order_id = $2::text) AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM orders.agent_access a "
          + "WHERE a.subscription_id = p.subscription_id AND a.user_id = $3::text)) ORDER BY p.created_at, p.id LIMIT $4 OFFSET $5";
  /** Plans $1 with the alternate id of the order each was bought on, for their entitlements. */
  public static final String SAVINGS_PLANS_NAMED =
      "SELECT " + SAVINGS_PLAN_COLUMNS + ", o.alternate_id AS order_number FROM orders.savings_plan p "
          + "LEFT JOIN orders.purchase_order o ON o.id = p.order_id WHERE p.id = ANY($1::text[])";
  public static final String SAVINGS_PLAN_GET =
      "SELECT " + SAVINGS_PLAN_COLUMNS + " FROM orders.savings_plan p WHERE p.id = $1 AND p.customer_id = $2 "
          + "AND (p.partner_id = $3 OR p.reseller_partner_id = $3)";
  public static final String SAVINGS_PLAN_LOCK =
      "SELECT " + SAVINGS_PLAN_COLUMNS + " FROM orders.savings_plan p WHERE p.id = $1 AND p.partner_id = $2 FOR UPDATE";
  /** For alert rules: partner $1's plans in force at $2, of customers $3 (empty: all). */
  public static final String SAVINGS_PLANS_FOR_ALERTS =
      "SELECT " + SAVINGS_PLAN_COLUMNS + " FROM orders.savings_plan p WHERE p.partner_id = $1 AND p.effective_at <= $2 "
          + "AND p.expires_at > $2 AND (cardinality($3::text[]) = 0 OR p.customer_id = ANY($3::text[])) ORDER BY p.customer_id, p.id";
  public static final String SAVINGS_PLAN_CONFIGURE =
      "UPDATE orders.savings_plan SET display_name = $3, applied_scope_type = $4, applied_subscription = $5, renew = $6 "
          + "WHERE id = $1 AND partner_id = $2";
  public static final String TRADE_IN_SESSION_INSERT =
      "INSERT INTO orders.trade_in_session (id, partner_id, customer_id, plan, created_at, expires_at) "
          + "VALUES ($1, $2, $3, $4::text::jsonb, $5, $6)";
  public static final String TRADE_IN_SESSION_LOCK =
      "SELECT id, plan::text AS plan, expires_at, response FROM orders.trade_in_session WHERE id = $1 AND customer_id = $2 "
          + "AND partner_id = $3 FOR UPDATE";
  public static final String TRADE_IN_SESSION_GET =
      "SELECT id, plan::text AS plan, expires_at, response FROM orders.trade_in_session WHERE id = $1 AND customer_id = $2 AND partner_id = $3";
  public static final String TRADE_IN_SESSION_DONE = "UPDATE orders.trade_in_session SET response = $2, external_key = $3 WHERE id = $1";
  public static final String TRADE_IN_BY_KEY = "SELECT response FROM orders.trade_in_session WHERE partner_id = $1 AND external_key = $2";

  // Renewal
  /** Claims up to $2 reservations due at $1 for the run $3, for $4 seconds (database time); answers them. */
  public static final String RENEWALS_CLAIM =
      "UPDATE orders.reservation r SET renewal_claim = $3, renewal_claimed_until = clock_timestamp() + make_interval(secs => $4) "
          + "WHERE r.id IN (SELECT d.id FROM orders.reservation d WHERE d.renew AND d.renewed_by IS NULL AND d.quantity > 0 "
          + "AND d.expires_at <= $1 AND (d.renewal_claimed_until IS NULL OR d.renewal_claimed_until < clock_timestamp()) "
          + "ORDER BY d.expires_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING " + MANAGED_COLUMNS;
  /** The claimed reservation, locked for its renewal, while the claim is still the run's and it is not renewed yet. */
  public static final String RENEWAL_LOCK =
      "SELECT id FROM orders.reservation WHERE id = $1 AND renewal_claim = $2 AND renewed_by IS NULL FOR UPDATE";
  /** How many reservations one claim takes. */
  public static final int RENEWAL_BATCH = 100;
  public static final String RENEWED = "UPDATE orders.reservation SET renewed_by = $2, renewal_claim = NULL, renewal_claimed_until = NULL "
      + "WHERE id = $1";
  public static final String SUBSCRIPTION_OF_CUSTOMER = "SELECT 1 FROM orders.subscription WHERE id = $1 AND customer_id = $2";
  public static final String CUSTOMER_COUNTRY = "SELECT country FROM orders.customer WHERE id = $1";

  /**
   * The time-driven notices due at $1 of kind $2 ({@code expiring}: in force and within 30 days of expiry;
   * {@code expiry_day}: on the day of the expiry (UTC), before it; {@code expired}: at or past it), each noted once and written as a partner's event in the same statement.
   */
  public static final String EXPIRY_NOTICES =
      "WITH due AS (SELECT r.id FROM orders.reservation r WHERE r.quantity > 0 AND CASE $2 "
          + "WHEN 'expiring' THEN r.expires_at - interval '30 days' <= $1 AND r.expires_at > $1 "
          + "WHEN 'expiry_day' THEN date_trunc('day', r.expires_at AT TIME ZONE 'UTC') <= $1 AT TIME ZONE 'UTC' AND r.expires_at > $1 "
          + "ELSE r.expires_at <= $1 END "
          + "AND NOT EXISTS (SELECT 1 FROM orders.expiry_notice n WHERE n.reservation_id = r.id AND n.kind = $2) ORDER BY r.expires_at LIMIT 1000), "
          + "noted AS (INSERT INTO orders.expiry_notice (reservation_id, kind, sent_at) SELECT id, $2, $1 FROM due "
          + "ON CONFLICT DO NOTHING RETURNING reservation_id) "
          + "INSERT INTO orders.outbox (topic, payload) SELECT 'event', jsonb_build_object('id', 'evt_' || replace(gen_random_uuid()::text, '-', ''), "
          + "'type', CASE $2 WHEN 'expired' THEN 'reservation.expired' ELSE 'reservation.expiring' END, 'partnerId', r.partner_id, 'resellerPartnerId', r.reseller_partner_id, 'customerId', r.customer_id, "
          + "'createdAt', $1, 'data', jsonb_build_object('reservationId', r.id, 'reservationOrderId', r.reservation_order_id, "
          + "'expiryDateTime', r.expires_at, 'skuName', r.arm_sku_name, 'location', r.arm_region_name, 'quantity', r.quantity, "
          + "'renew', r.renew, 'daysLeft', CASE $2 WHEN 'expiring' THEN 30 WHEN 'expiry_day' THEN 0 END)::text) FROM noted JOIN orders.reservation r ON r.id = noted.reservation_id";

  // The usage service's questions
  public static final String RESERVATIONS_IN_FORCE =
      "SELECT id, applied_scope_type, applied_subscription, arm_region_name, arm_sku_name, quantity, effective_at, expires_at, "
          + "instance_flexibility FROM orders.reservation WHERE customer_id = $1 AND ($2::text IS NULL OR arm_region_name = $2::text) AND quantity > 0 "
          + "AND effective_at < $4 AND expires_at > $3";
}
