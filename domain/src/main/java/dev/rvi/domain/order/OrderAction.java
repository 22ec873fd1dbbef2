package dev.rvi.domain.order;

/** What the order service answers; the name is the {@code action} header. */
public enum OrderAction {
  CREATE_CART,
  GET_CART,
  UPDATE_CART,
  CHECKOUT,
  CREATE_ORDER,
  PURCHASE_RESERVATION_ORDER,

  LIST_ORDERS,
  GET_ORDER,
  GET_ORDER_PROVISIONING,
  GET_ARTIFACT,
  LIST_ENTITLEMENTS,
  LIST_RESERVATIONS,
  LIST_PARTNER_RESERVATIONS,
  LIST_PARTNER_ORDERS,
  LIST_PARTNER_RESERVATION_ORDERS,
  GET_RESERVATION,
  /** Whose a reservation order or a subscription is, among the caller's partner's customers: Azure's paths name no customer. */
  CUSTOMER_OF,

  CONFIGURE_RESERVATION,
  LIST_REVISIONS,
  LIST_ROLE_ASSIGNMENTS,
  GET_ROLE_ASSIGNMENT,
  PUT_ROLE_ASSIGNMENT,
  DELETE_ROLE_ASSIGNMENT,
  SPLIT_RESERVATION,
  MERGE_RESERVATIONS,
  ARCHIVE_RESERVATION,
  CALCULATE_REFUND,
  GET_REFUND_LIMIT,
  RETURN_RESERVATION,
  CALCULATE_EXCHANGE,
  EXCHANGE,
  GET_EXCHANGE_QUOTE,
  GET_EXCHANGE_RESULT,
  RUN_RENEWALS,
  LIST_SAVINGS_PLANS,
  GET_SAVINGS_PLAN,
  LIST_PARTNER_SAVINGS_PLANS,
  UPDATE_SAVINGS_PLAN,
  /** Cancel, refund or exchange of a savings plan: refused with Microsoft's rule once the plan is found to be the caller's. */
  REFUSE_SAVINGS_PLAN_CHANGE,
  CALCULATE_TRADE_IN,
  GET_TRADE_IN_QUOTE,
  GET_TRADE_IN_RESULT,
  TRADE_IN,
  RESERVATION_UTILIZATION,
  SAVINGS_PLAN_UTILIZATION,
  RESERVATION_HOURS,
  SAVINGS_PLAN_HOURS,
  /** The support service confirms a reservation belongs to the customer and the caller may act on it. */
  RESERVATION_FOR_SUPPORT,
  /** Quote and carry out in one step, once per external key (the support request id). */
  REFUND_FOR_SUPPORT,
  EXCHANGE_FOR_SUPPORT,
  TRADE_IN_FOR_SUPPORT,
  /** What an open support request would refund or credit if approved now, quoted as the partner's calculation. */
  QUOTE_FOR_SUPPORT,

  /** For the notification service's alert rules (the platform only): {@code UtilizationScope} → {@code ReservationUtilizations}. */
  UTILIZATION_FOR_ALERTS,
  /** The directory's changes for the copy the order service keeps (the platform only). */
  APPLY_DIRECTORY
}
