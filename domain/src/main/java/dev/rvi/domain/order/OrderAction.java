package dev.rvi.domain.order;

/** What the order service answers; the name is the {@code action} header. */
public enum OrderAction {
  ONBOARD_PARTNER,
  LIST_PARTNERS,
  LINK_RESELLER,
  LIST_RELATIONSHIPS,

  CREATE_CUSTOMER,
  LIST_CUSTOMERS,
  GET_CUSTOMER,

  CREATE_SUBSCRIPTION,
  LIST_SUBSCRIPTIONS,
  GET_SUBSCRIPTION,
  UPDATE_SUBSCRIPTION,
  REGISTER_SUBSCRIPTION,
  GET_REGISTRATION_STATUS,
  GET_AGENT_ACCESS,
  GRANT_AGENT_ACCESS,
  REVOKE_AGENT_ACCESS,

  CREATE_CART,
  GET_CART,
  UPDATE_CART,
  CHECKOUT,
  CREATE_ORDER,

  LIST_ORDERS,
  GET_ORDER,
  GET_ORDER_PROVISIONING,
  GET_ARTIFACT,
  LIST_ENTITLEMENTS,
  LIST_RESERVATIONS,
  GET_RESERVATION,

  CONFIGURE_RESERVATION,
  LIST_REVISIONS,
  LIST_ROLE_ASSIGNMENTS,
  GET_ROLE_ASSIGNMENT,
  PUT_ROLE_ASSIGNMENT,
  DELETE_ROLE_ASSIGNMENT,
  SPLIT_RESERVATION,
  MERGE_RESERVATIONS,
  CALCULATE_REFUND,
  GET_REFUND_LIMIT,
  RETURN_RESERVATION,
  CALCULATE_EXCHANGE,
  EXCHANGE,
  RUN_RENEWALS,
  /** The support service confirms a reservation belongs to the customer and the caller may act on it. */
  RESERVATION_FOR_SUPPORT,
  /** The support service: which of a customer's subscriptions the caller may see, as {@code CustomerAccess}. */
  CUSTOMER_FOR_SUPPORT,
  /** Quote and carry out in one step, once per external key (the support request id). */
  REFUND_FOR_SUPPORT,
  EXCHANGE_FOR_SUPPORT,

  /** For the usage service: the caller may send usage of this subscription (ids in the usage headers). */
  SUBSCRIPTION_FOR_USAGE,
  /** For the usage service: the reservation the caller may read, as {@code ReservationFacts}. */
  RESERVATION_FOR_USAGE,
  /** For the usage service: a customer the caller may see, as {@code CustomerMarket}. */
  CUSTOMER_FOR_USAGE,
  /** For the usage service (the platform only): {@code InForceQuery} → {@code ReservationsInForce}. */
  RESERVATIONS_IN_FORCE,
  /** For the notification service's alert rules (the platform only): {@code UtilizationScope} → {@code ReservationUtilizations}. */
  UTILIZATION_FOR_ALERTS,

  /** For the notification service: which of the named customers the caller's partner sees, as {@code CustomerIds}. */
  CUSTOMERS_VISIBLE,

  /** Who the caller's tenant is as a partner (id, MPN id, type): for services that keep no partner table. */
  PARTNER_CONTEXT
}
