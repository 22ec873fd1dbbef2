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

  /** The deliveries the batch's events ($1: their ids) call for: one per endpoint of their partner (or reseller) that wants them. */
  static final String PLAN_DELIVERIES =
      "INSERT INTO notification.delivery (endpoint_id, event_id) SELECT ep.id, e.id FROM notification.event e "
          + "JOIN notification.endpoint ep ON (ep.partner_id = e.partner_id OR ep.partner_id = e.reseller_partner_id) "
          + "AND (cardinality(ep.events) = 0 OR e.type = ANY(ep.events)) "
          + "AND (cardinality(ep.customer_ids) = 0 OR e.customer_id = ANY(ep.customer_ids)) "
          + "WHERE e.id = ANY($1::text[]) ORDER BY e.seq ON CONFLICT (endpoint_id, event_id) DO NOTHING";

  static final String ENDPOINT_INSERT =
      "INSERT INTO notification.endpoint (id, partner_id, url, secret, events, customer_ids, description, created_at) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
  static final String ENDPOINTS = "SELECT id, url, events, customer_ids, description, created_at FROM notification.endpoint "
      + "WHERE partner_id = $1 ORDER BY created_at, id";
  static final String ENDPOINT = "SELECT id, url, events, customer_ids, description, created_at FROM notification.endpoint "
      + "WHERE id = $1 AND partner_id = $2";
  static final String ENDPOINT_DELETE = "DELETE FROM notification.endpoint WHERE id = $1 AND partner_id = $2";

  /** A ping: an event of the endpoint's partner that only this endpoint gets. */
  static final String PING_EVENT =
      "INSERT INTO notification.event (id, type, partner_id, created_at, data) VALUES ($1, 'webhook.ping', $2, $3, $4::text::jsonb)";
  static final String PING_DELIVERY = "INSERT INTO notification.delivery (endpoint_id, event_id) VALUES ($1, $2)";

  static final String DELIVERIES =
      "SELECT d.id, d.event_id, e.type, d.status, d.attempts, d.response_code, d.latency_ms, d.error, d.created_at, d.delivered_at, "
          + "d.next_attempt_at FROM notification.delivery d JOIN notification.event e ON e.id = d.event_id "
          + "JOIN notification.endpoint ep ON ep.id = d.endpoint_id WHERE d.endpoint_id = $1 AND ep.partner_id = $2 ORDER BY d.id";

  /** Up to $1 due deliveries, claimed for $2 seconds, with what each posts and where. */
  static final String CLAIM_DUE =
      "WITH due AS (SELECT d.id FROM notification.delivery d WHERE d.status = 'pending' AND d.next_attempt_at <= clock_timestamp() "
          + "AND (d.claimed_until IS NULL OR d.claimed_until < clock_timestamp()) ORDER BY d.id LIMIT $1 FOR UPDATE SKIP LOCKED), "
          + "claimed AS (UPDATE notification.delivery d SET claimed_until = clock_timestamp() + make_interval(secs => $2) "
          + "FROM due WHERE d.id = due.id RETURNING d.id, d.endpoint_id, d.event_id, d.attempts, d.created_at) "
          + "SELECT c.id, c.attempts, c.created_at, ep.url, ep.secret, e.id AS event_id, e.type, e.partner_id, e.customer_id, "
          + "e.created_at AS event_created_at, e.data::text AS data FROM claimed c JOIN notification.endpoint ep ON ep.id = c.endpoint_id "
          + "JOIN notification.event e ON e.id = c.event_id ORDER BY c.id";
  static final String DELIVERED =
      "UPDATE notification.delivery SET status = 'delivered', attempts = attempts + 1, response_code = $2, latency_ms = $3, error = NULL, "
          + "delivered_at = clock_timestamp(), claimed_until = NULL WHERE id = $1";
  /** A failed attempt: tried again after $5 seconds, or given up once it has been trying for three days. */
  static final String ATTEMPT_FAILED =
      "UPDATE notification.delivery SET attempts = attempts + 1, response_code = $2, latency_ms = $3, error = $4, claimed_until = NULL, "
          + "next_attempt_at = clock_timestamp() + make_interval(secs => $5), "
          + "status = CASE WHEN created_at < clock_timestamp() - interval '3 days' THEN 'failed' ELSE 'pending' END WHERE id = $1";
}
