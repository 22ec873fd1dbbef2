package dev.rvi.support;

import dev.rvi.domain.outbox.OutboxSql;
import dev.rvi.domain.paging.SortOrder;

/** Every statement of the support service. Partner reads always name the partner. */
final class SupportSql {
  /** The support service's outbox: the partners' {@code supportRequest.changed} events, written with each change. */
  static final OutboxSql OUTBOX = new OutboxSql("support");

  private SupportSql() {}

  private static final String COLUMNS =
      "id, partner_id, customer_id, reservation_id, reservation_order_id, subscription_id, issue_type, problem_type, category, "
          + "requested_action, quantity, exchange_target::text AS exchange_target, trade_in_target::text AS trade_in_target, "
          + "contact::text AS contact, description, status, assigned_to, policy_error, result::text AS result, created_by, created_at, "
          + "updated_at";


  static final String INSERT =
      "INSERT INTO support.support_request (id, partner_id, customer_id, reservation_id, reservation_order_id, subscription_id, "
          + "issue_type, problem_type, category, requested_action, quantity, exchange_target, trade_in_target, contact, description, "
          + "status, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text::jsonb, "
          + "$13::text::jsonb, $14::text::jsonb, $15, 'new', $16, $17, $17)";
  static final String EVENT =
      "INSERT INTO support.support_event (request_id, at, actor, actor_type, kind, visibility, detail) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb)";
  /** The partner's {@code supportRequest.changed} event for request $1 as it now is, at $2, for change $3 (a history kind). */
  static final String CHANGED_EVENT =
      "INSERT INTO support.outbox (topic, payload) SELECT 'event', jsonb_build_object('id', 'evt_' || replace(gen_random_uuid()::text, '-', ''), "
          + "'type', 'supportRequest.changed', 'partnerId', r.partner_id, 'resellerPartnerId', NULL, 'customerId', r.customer_id, 'createdAt', $2::timestamptz, "
          + "'data', jsonb_build_object('supportRequestId', r.id, 'status', r.status, 'change', $3::text, 'requestedAction', r.requested_action, "
          + "'reservationId', r.reservation_id, 'reservationOrderId', r.reservation_order_id)::text) FROM support.support_request r WHERE r.id = $1";
  static final String FOR_PARTNER =
      "SELECT " + COLUMNS + " FROM support.support_request WHERE id = $1 AND customer_id = $2 AND partner_id = $3";
  static final String LIST_FOR_CUSTOMER =
      "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM support.support_request WHERE customer_id = $1 AND partner_id = $2 "
          + "AND ($3::text IS NULL OR status = $3::text) AND ($6::text[] IS NULL OR subscription_id = ANY($6::text[])) "
          + "ORDER BY created_at DESC, id LIMIT $4 OFFSET $5";
  /** Partner $1's requests across its customers: of customer $2, in status $3. */
  static final String LIST_FOR_PARTNER =
      "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM support.support_request WHERE partner_id = $1 "
          + "AND ($2::text IS NULL OR customer_id = $2::text) AND ($3::text IS NULL OR status = $3::text) "
          + "ORDER BY created_at DESC, id LIMIT $4 OFFSET $5";
  static final String LOCK_FOR_PARTNER = FOR_PARTNER + " FOR UPDATE";
  static final String BY_ID = "SELECT " + COLUMNS + " FROM support.support_request WHERE id = $1";
  static final String LOCK = "SELECT " + COLUMNS + " FROM support.support_request WHERE id = $1 FOR UPDATE";
  /**
   * The agents' queue: in status $1, of partner $2, filed before $3; $6 an ILIKE pattern the request's, reservation's,
   * partner's or customer's id contains, or the partners $7 and customers $8 whose names match it (null for all); sorted
   * as asked, the oldest first without a sort, ties in id order.
   */
  static String queue(SortOrder sort) {
    String order = "created_at";
    if (sort != null) {
      String column = switch (sort.field()) {
        case "createdAt" -> "created_at";
        case "status" -> "status";
        case "requestedAction" -> "requested_action";
        default -> throw new IllegalArgumentException("no queue order " + sort.field());
      };
      order = column + (sort.descending() ? " DESC" : "");
    }
    return "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM support.support_request "
        + "WHERE ($1::text IS NULL OR status = $1::text) AND ($2::text IS NULL OR partner_id = $2::text) "
        + "AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz) "
        + "AND ($6::text IS NULL OR id ILIKE $6::text OR reservation_id ILIKE $6::text OR reservation_order_id ILIKE $6::text "
        + "OR partner_id ILIKE $6::text OR customer_id ILIKE $6::text OR partner_id = ANY($7::text[]) OR customer_id = ANY($8::text[])) "
        + "ORDER BY " + order + ", id LIMIT $4 OFFSET $5";
  }
  static final String SET_STATUS =
      "UPDATE support.support_request SET status = $2, assigned_to = coalesce($3, assigned_to), policy_error = $4, "
          + "result = coalesce($5::text::jsonb, result), updated_at = $6 WHERE id = $1";
  static final String EVENTS =
      "SELECT id, at, actor, actor_type, kind, visibility, detail::text AS detail FROM support.support_event "
          + "WHERE request_id = $1 AND (visibility = 'partner' OR $2) ORDER BY id";
}
