package dev.rvi.domain.notification;

import java.util.List;

/** The events partners (and the operator) can be told of, by feed and webhook. */
public final class EventTypes {
  public static final String ORDER_COMPLETED = "order.completed";
  public static final String RESERVATION_EXPIRING = "reservation.expiring";
  public static final String RESERVATION_EXPIRED = "reservation.expired";
  public static final String RESERVATION_RENEWED = "reservation.renewed";
  public static final String RESERVATION_CHANGED = "reservation.changed";
  public static final String REFUND_COMPLETED = "refund.completed";
  public static final String EXCHANGE_COMPLETED = "exchange.completed";
  public static final String REFUND_LIMIT_THRESHOLD = "refundLimit.threshold";
  public static final String SAVINGS_PLAN_PURCHASED = "savingsPlan.purchased";
  public static final String SAVINGS_PLAN_CHANGED = "savingsPlan.changed";
  public static final String SAVINGS_PLAN_RENEWED = "savingsPlan.renewed";
  public static final String SAVINGS_PLAN_EXPIRING = "savingsPlan.expiring";
  public static final String SAVINGS_PLAN_EXPIRED = "savingsPlan.expired";
  /** A reservation was traded in for a savings plan. */
  public static final String RESERVATION_TRADED_IN = "reservation.tradedIn";
  public static final String UTILIZATION_LOW = "utilization.low";
  public static final String SUPPORT_REQUEST_CHANGED = "supportRequest.changed";
  /** The operator's: a price sheet was loaded. */
  public static final String PRICE_SHEET_LOADED = "priceSheet.loaded";
  /** A partner's price list changed, or its assignments did, in force now. */
  public static final String PRICE_LIST_CHANGED = "priceList.changed";
  /** A partner's price list was put in force from a later day. */
  public static final String PRICE_LIST_SCHEDULED = "priceList.scheduled";
  /** One endpoint's test call. */
  public static final String WEBHOOK_PING = "webhook.ping";
  /** An endpoint was turned off after failing for days. */
  public static final String WEBHOOK_DISABLED = "webhook.disabled";

  /** Every type, sorted, as an endpoint may ask for them. */
  public static final List<String> ALL = List.of(EXCHANGE_COMPLETED, ORDER_COMPLETED, PRICE_LIST_CHANGED, PRICE_LIST_SCHEDULED, PRICE_SHEET_LOADED, REFUND_COMPLETED,
      REFUND_LIMIT_THRESHOLD, RESERVATION_CHANGED, RESERVATION_EXPIRED, RESERVATION_EXPIRING, RESERVATION_RENEWED, RESERVATION_TRADED_IN,
      SAVINGS_PLAN_CHANGED, SAVINGS_PLAN_EXPIRED, SAVINGS_PLAN_EXPIRING, SAVINGS_PLAN_PURCHASED, SAVINGS_PLAN_RENEWED,
      SUPPORT_REQUEST_CHANGED,
      UTILIZATION_LOW, WEBHOOK_DISABLED, WEBHOOK_PING);

  private EventTypes() {}
}
