package dev.rvi.domain.outbox;

/**
 * The statements on one service's outbox table ({@code <schema>.outbox}: id, topic, payload, created_at,
 * claimed_until, delivered_at), made once per schema.
 */
public final class OutboxSql {
  /** Claims up to $1 pending events of topic $3 for $2 seconds (database time), oldest first. */
  final String claim;
  final String delivered;
  final String release;
  /** An event of topic $1 with payload $2 (JSON text). */
  final String insert;
  /** The newest event of topic $1. */
  public final String newest;
  /** Whether an event of topic $2 up to id $1 is still pending. */
  public final String pendingUpTo;

  public OutboxSql(String schema) {
    String table = schema + ".outbox";
    claim = "UPDATE " + table + " o SET claimed_until = clock_timestamp() + make_interval(secs => $2) WHERE o.id IN (SELECT p.id "
        + "FROM " + table + " p WHERE p.delivered_at IS NULL AND p.topic = $3 AND (p.claimed_until IS NULL OR p.claimed_until < clock_timestamp()) "
        + "ORDER BY p.id LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING o.id, o.payload";
    delivered = "UPDATE " + table + " SET delivered_at = clock_timestamp() WHERE id = ANY($1)";
    release = "UPDATE " + table + " SET claimed_until = NULL WHERE id = ANY($1) AND delivered_at IS NULL";
    insert = "INSERT INTO " + table + " (topic, payload) VALUES ($1, $2::text::jsonb)";
    newest = "SELECT max(id) FROM " + table + " WHERE topic = $1";
    pendingUpTo = "SELECT 1 FROM " + table + " WHERE id <= $1 AND topic = $2 AND delivered_at IS NULL LIMIT 1";
  }
}
