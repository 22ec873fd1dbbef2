package dev.rvi.domain.idempotency;

/** The statements on one service's {@code <schema>.idempotency} table (partner_id, key, request_hash, response, created_at, claim_token, claimed_until). */
final class IdempotencySql {
  final String find;
  /** $5: the claim's token; $6: its lease in seconds (database time, so a moved test clock does not end it). */
  final String claim;
  /** Takes over a lapsed claim: $3 the old token, $4 the new one, $5 the lease, $6 the request hash. */
  final String takeOver;
  /** Records the response, in the operation's transaction, only while the claim is still this request's. */
  final String record;
  /** The operation failed: the key is free again for a retry. */
  final String release;

  IdempotencySql(String schema) {
    String table = schema + ".idempotency";
    find = "SELECT request_hash, response, claim_token, claimed_until < clock_timestamp() AS lapsed FROM " + table
        + " WHERE partner_id = $1 AND key = $2";
    claim = "INSERT INTO " + table + " (partner_id, key, request_hash, response, created_at, claim_token, claimed_until) "
        + "VALUES ($1, $2, $3, NULL, $4, $5, clock_timestamp() + make_interval(secs => $6)) "
        + "ON CONFLICT (partner_id, key) DO NOTHING RETURNING 1";
    takeOver = "UPDATE " + table + " SET claim_token = $4, claimed_until = clock_timestamp() + make_interval(secs => $5), request_hash = $6 "
        + "WHERE partner_id = $1 AND key = $2 AND claim_token = $3 AND response IS NULL AND claimed_until < clock_timestamp() RETURNING 1";
    record = "UPDATE " + table + " SET response = $4, claim_token = NULL, claimed_until = NULL "
        + "WHERE partner_id = $1 AND key = $2 AND claim_token = $3 AND response IS NULL RETURNING 1";
    release = "DELETE FROM " + table + " WHERE partner_id = $1 AND key = $2 AND claim_token = $3 AND response IS NULL";
  }
}
