package dev.rvi.notification;

/** All of the notification service's SQL. */
final class NotificationSql {
  private NotificationSql() {}

  /** What an endpoint is, without its secrets: every statement that answers endpoints answers these columns. */
  static final String ENDPOINT_COLUMNS = "id, partner_id, url, events, customer_ids, description, created_at, disabled_at, disabled_reason, "
      + "previous_secret_until, failing_since";
  /** What an alert rule is: every statement that answers rules answers these columns. */
  static final String RULE_COLUMNS = "id, partner_id, type, threshold_percent, window_days, frequency, customer_ids, created_at, "
      + "next_evaluation_at, last_evaluated_at";

  /** $1: {"events": [...]} as text; an event already here (by its id) is skipped. */
  static final String RECORD =
      "INSERT INTO notification.event (id, type, partner_id, reseller_partner_id, customer_id, created_at, data) "
          + "SELECT e.id, e.type, e.\"partnerId\", e.\"resellerPartnerId\", e.\"customerId\", e.\"createdAt\", e.data::jsonb "
          + "FROM jsonb_to_recordset($1::text::jsonb -> 'events') AS e(id text, type text, \"partnerId\" text, \"resellerPartnerId\" text, "
          + "\"customerId\" text, \"createdAt\" timestamptz, data text) "
          + "ORDER BY e.\"createdAt\" ON CONFLICT (id) DO NOTHING";

  /** The caller's events (its own, or bought with it as reseller of record), oldest first, with the total. */
  static final String LIST =
      "SELECT id, type, partner_id, reseller_partner_id, customer_id, created_at, data::text AS data, count(*) OVER () AS total FROM notification.event "
          + "WHERE (partner_id = $1 OR reseller_partner_id = $1) AND ($2::text IS NULL OR type = $2::text) "
          + "AND ($3::text IS NULL OR customer_id = $3::text) AND ($4::timestamptz IS NULL OR created_at > $4::timestamptz) "
          + "ORDER BY seq LIMIT $5 OFFSET $6";

  /**
   * The deliveries the batch's events ($1: their ids) call for, made at $2 (platform time): one per endpoint of their
   * partner (or reseller) that is on and wants them.
   */
  static final String PLAN_DELIVERIES =
      "INSERT INTO notification.delivery (endpoint_id, event_id, created_at) SELECT ep.id, e.id, $2::timestamptz FROM notification.event e "
          + "JOIN notification.endpoint ep ON (ep.partner_id = e.partner_id OR ep.partner_id = e.reseller_partner_id) AND ep.disabled_at IS NULL "
          + "AND (cardinality(ep.events) = 0 OR e.type = ANY(ep.events)) "
          + "AND (cardinality(ep.customer_ids) = 0 OR e.customer_id = ANY(ep.customer_ids)) "
          + "WHERE e.id = ANY($1::text[]) ORDER BY e.seq ON CONFLICT (endpoint_id, event_id) DO NOTHING";

  static final String ENDPOINT_INSERT =
      "INSERT INTO notification.endpoint (id, partner_id, url, secret, events, customer_ids, description, created_at) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
  static final String ENDPOINTS = "SELECT " + ENDPOINT_COLUMNS + " FROM notification.endpoint WHERE partner_id = $1 ORDER BY created_at, id";
  static final String ENDPOINT = "SELECT " + ENDPOINT_COLUMNS + " FROM notification.endpoint WHERE id = $1 AND partner_id = $2";
  static final String ENDPOINT_DELETE = "DELETE FROM notification.endpoint WHERE id = $1 AND partner_id = $2";

  /** An event the notification service makes itself ($2: webhook.ping, only its endpoint gets it; webhook.disabled). */
  static final String OWN_EVENT =
      "INSERT INTO notification.event (id, type, partner_id, created_at, data) VALUES ($1, $2, $3, $4, $5::text::jsonb)";
  static final String PING_DELIVERY = "INSERT INTO notification.delivery (endpoint_id, event_id, created_at) VALUES ($1, $2, $3)";

  /** $3..$6: url, events, customer ids, description (null: as they are); $7: true turns it off, false on, null leaves it. */
  static final String ENDPOINT_UPDATE =
      "UPDATE notification.endpoint SET url = coalesce($3::text, url), events = coalesce($4::text[], events), customer_ids = coalesce($5::text[], customer_ids), "
          + "description = coalesce($6::text, description), "
          + "disabled_at = CASE WHEN $7::boolean IS NULL THEN disabled_at WHEN $7::boolean THEN coalesce(disabled_at, $8::timestamptz) ELSE NULL END, "
          + "disabled_reason = CASE WHEN $7::boolean IS NULL THEN disabled_reason WHEN $7::boolean THEN coalesce(disabled_reason, 'turned off by the partner') ELSE NULL END, "
          + "failing_since = CASE WHEN $7::boolean = false THEN NULL ELSE failing_since END WHERE id = $1 AND partner_id = $2";
  /** A new secret ($3); the one it replaces keeps signing until $4. */
  static final String ROTATE_SECRET =
      "UPDATE notification.endpoint SET previous_secret = secret, previous_secret_until = $4, secret = $3 WHERE id = $1 AND partner_id = $2";
  /** Sent again as soon as its turn comes, with three more days to succeed; $4: now (platform time). */
  static final String RETRY =
      "UPDATE notification.delivery d SET status = 'pending', next_attempt_at = clock_timestamp(), claimed_until = NULL, retried_at = $4, "
          + "error = NULL FROM notification.endpoint ep WHERE d.id = $1 AND d.endpoint_id = $2 AND ep.id = d.endpoint_id AND ep.partner_id = $3 "
          + "RETURNING d.id";
  /** Turned off after failing for days: what it still had to send is given up, and its partner learns of it. */
  static final String DISABLE =
      "UPDATE notification.endpoint SET disabled_at = $2, disabled_reason = $3 WHERE id = $1 AND disabled_at IS NULL RETURNING " + ENDPOINT_COLUMNS;
  static final String GIVE_UP_PENDING =
      "UPDATE notification.delivery SET status = 'failed', claimed_until = NULL, error = coalesce(error, 'endpoint disabled') "
          + "WHERE endpoint_id = $1 AND status = 'pending'";
  static final String RELEASE = "UPDATE notification.delivery SET claimed_until = NULL WHERE id = ANY($1)";

  static final String DELIVERIES =
      "SELECT d.id, d.event_id, e.type, d.status, d.attempts, d.response_code, d.latency_ms, d.error, d.created_at, d.delivered_at, "
          + "d.next_attempt_at FROM notification.delivery d JOIN notification.event e ON e.id = d.event_id "
          + "JOIN notification.endpoint ep ON ep.id = d.endpoint_id WHERE d.endpoint_id = $1 AND ep.partner_id = $2 ORDER BY d.id";

  /**
   * In order per endpoint: for up to $3 endpoints that are on and whose oldest pending delivery is due and not
   * claimed, that delivery and up to $1 - 1 after it, claimed for $2 seconds, with what each posts and where.
   */
  static final String CLAIM_DUE =
      "WITH heads AS (SELECT DISTINCT ON (d.endpoint_id) d.endpoint_id, d.next_attempt_at, d.claimed_until FROM notification.delivery d "
          + "WHERE d.status = 'pending' ORDER BY d.endpoint_id, d.id), "
          + "ready AS (SELECT h.endpoint_id FROM heads h JOIN notification.endpoint ep ON ep.id = h.endpoint_id AND ep.disabled_at IS NULL "
          + "WHERE h.next_attempt_at <= clock_timestamp() AND (h.claimed_until IS NULL OR h.claimed_until < clock_timestamp()) LIMIT $3), "
          + "ranked AS (SELECT p.id, row_number() OVER (PARTITION BY p.endpoint_id ORDER BY p.id) AS n FROM notification.delivery p "
          + "JOIN ready r ON r.endpoint_id = p.endpoint_id WHERE p.status = 'pending'), "
          + "due AS (SELECT d.id FROM notification.delivery d WHERE d.id IN (SELECT id FROM ranked WHERE n <= $1) AND d.status = 'pending' "
          + "FOR UPDATE SKIP LOCKED), "
          + "claimed AS (UPDATE notification.delivery d SET claimed_until = clock_timestamp() + make_interval(secs => $2) "
          + "FROM due WHERE d.id = due.id RETURNING d.id, d.endpoint_id, d.event_id, d.attempts) "
          + "SELECT c.id AS delivery_id, c.endpoint_id, c.attempts, ep.url, ep.secret, ep.previous_secret, ep.previous_secret_until, e.id, "
          + "e.type, e.partner_id, e.reseller_partner_id, e.customer_id, e.created_at, e.data::text AS data FROM claimed c "
          + "JOIN notification.endpoint ep ON ep.id = c.endpoint_id JOIN notification.event e ON e.id = c.event_id ORDER BY c.endpoint_id, c.id";
  static final String DELIVERED =
      "WITH d AS (UPDATE notification.delivery SET status = 'delivered', attempts = attempts + 1, response_code = $2, latency_ms = $3, "
          + "error = NULL, delivered_at = clock_timestamp(), claimed_until = NULL WHERE id = $1 RETURNING endpoint_id) "
          + "UPDATE notification.endpoint SET failing_since = NULL WHERE id = (SELECT endpoint_id FROM d) AND failing_since IS NOT NULL";
  /**
   * A failed attempt at $6 (platform time): tried again after $5 seconds, or given up once it has been trying for
   * three days (since it was made or last retried by hand); answers its endpoint, with since when it has been failing.
   */
  static final String ATTEMPT_FAILED =
      "WITH d AS (UPDATE notification.delivery SET attempts = attempts + 1, response_code = $2, latency_ms = $3, error = $4, claimed_until = NULL, "
          + "next_attempt_at = clock_timestamp() + make_interval(secs => $5), "
          + "status = CASE WHEN coalesce(retried_at, created_at) < $6::timestamptz - interval '3 days' THEN 'failed' ELSE 'pending' END "
          + "WHERE id = $1 RETURNING endpoint_id) "
          + "UPDATE notification.endpoint SET failing_since = coalesce(failing_since, $6::timestamptz) WHERE id = (SELECT endpoint_id FROM d) "
          + "RETURNING " + ENDPOINT_COLUMNS;

  // Alert rules
  static final String RULE_INSERT =
      "INSERT INTO notification.alert_rule (id, partner_id, type, threshold_percent, window_days, frequency, customer_ids, created_at, "
          + "next_evaluation_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)";
  static final String RULES = "SELECT " + RULE_COLUMNS + " FROM notification.alert_rule WHERE partner_id = $1 ORDER BY created_at, id";
  static final String RULE = "SELECT " + RULE_COLUMNS + " FROM notification.alert_rule WHERE id = $1 AND partner_id = $2";
  static final String RULE_DELETE = "DELETE FROM notification.alert_rule WHERE id = $1 AND partner_id = $2";
  /** Up to 50 rules due at $1 (platform time), each claimed for a minute so that two nodes never look at one together. */
  static final String RULES_DUE =
      "UPDATE notification.alert_rule r SET claimed_until = clock_timestamp() + interval '1 minute' WHERE r.id IN (SELECT id "
          + "FROM notification.alert_rule WHERE next_evaluation_at <= $1 AND (claimed_until IS NULL OR claimed_until < clock_timestamp()) "
          + "ORDER BY next_evaluation_at LIMIT 50 FOR UPDATE SKIP LOCKED) "
          + "RETURNING " + RULE_COLUMNS;
  /** Looked at, at $2: next at the start of the next day, week (7 days on) or month. */
  static final String RULE_EVALUATED =
      "UPDATE notification.alert_rule SET last_evaluated_at = $2::timestamptz, claimed_until = NULL, next_evaluation_at = CASE frequency "
          + "WHEN 'daily' THEN date_trunc('day', $2::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '1 day' "
          + "WHEN 'weekly' THEN date_trunc('day', $2::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '7 days' "
          + "ELSE date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '1 month' END WHERE id = $1";
  static final String RULE_RELEASE = "UPDATE notification.alert_rule SET claimed_until = NULL WHERE id = $1";
}
