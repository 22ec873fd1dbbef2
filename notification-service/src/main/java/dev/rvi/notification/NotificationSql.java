package dev.rvi.notification;

/** All of the notification service's SQL. */
final class NotificationSql {
  private NotificationSql() {}

  /** $1: {"events": [...]} as text; an event already here (by its id) is skipped. */
  static final String RECORD =
      "INSERT INTO notification.event (id, type, partner_id, reseller_partner_id, customer_id, created_at, data) "
          + "SELECT e.id, e.type, e.\"partnerId\", e.\"resellerPartnerId\", e.\"customerId\", e.\"createdAt\", e.data::jsonb "
          + "FROM jsonb_to_recordset($1::text::jsonb -> 'events') AS e(id text, type text, \"partnerId\" text, \"resellerPartnerId\" text, "
          + "\"customerId\" text, \"createdAt\" timestamptz, data text) "
          + "ORDER BY e.\"createdAt\" ON CONFLICT (id) DO NOTHING";

  /** The caller's events (its own, or bought with it as reseller of record), oldest first, with the total. */
  static final String LIST =
      "SELECT id, type, partner_id, customer_id, created_at, data::text AS data, count(*) OVER () AS total FROM notification.event "
          + "WHERE (partner_id = $1 OR reseller_partner_id = $1) AND ($2::text IS NULL OR type = $2::text) "
          + "AND ($3::text IS NULL OR customer_id = $3::text) AND ($4::timestamptz IS NULL OR created_at > $4::timestamptz) "
          + "ORDER BY seq LIMIT $5 OFFSET $6";
}
