package dev.rvi.order.partner;

/** The statements on partners and reseller links. */
final class PartnerSql {
  private PartnerSql() {}

  static final String INSERT =
      "INSERT INTO orders.partner (id, name, mpn_id, type, country, created_at) VALUES ($1, $2, $3, $4, $5, $6)";

  static final String BY_ID = "SELECT id, name, mpn_id, type, country, created_at FROM orders.partner WHERE id = $1";

  static final String LIST =
      "SELECT p.id, p.name, p.mpn_id, p.type, p.country, p.created_at, "
          + "coalesce(array_agg(l.reseller_id ORDER BY l.reseller_id) FILTER (WHERE l.reseller_id IS NOT NULL), '{}') AS resellers "
          + "FROM orders.partner p LEFT JOIN orders.reseller_link l ON l.provider_id = p.id "
          + "GROUP BY p.id ORDER BY p.name, p.id";

  static final String LINK =
      "INSERT INTO orders.reseller_link (provider_id, reseller_id, linked_at) VALUES ($1, $2, $3) "
          + "ON CONFLICT (provider_id, reseller_id) DO NOTHING";

  static final String COUNT = "SELECT count(*) FROM orders.partner";
}
