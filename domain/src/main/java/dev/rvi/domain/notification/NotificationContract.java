package dev.rvi.domain.notification;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;

/** The notification service's actions: events in from the services' outboxes, the event feed out. */
public final class NotificationContract {
  private NotificationContract() {}

  /** The outbox relays only; an event already recorded is skipped, so a replay is harmless. */
  public static final BusAction<EventBatch, EventsRecorded> RECORD_EVENTS =
      BusAction.of(Address.NOTIFICATION, NotificationAction.RECORD_EVENTS.name(), EventBatch.class, EventsRecorded.class);
  public static final BusAction<EventQuery, Document> LIST_EVENTS = of(NotificationAction.LIST_EVENTS, EventQuery.class);
  /** Answers the endpoint with its secret, shown this once. */
  public static final BusAction<WebhookCreate, Document> CREATE_WEBHOOK = of(NotificationAction.CREATE_WEBHOOK, WebhookCreate.class);
  public static final BusAction<NoBody, Document> LIST_WEBHOOKS = of(NotificationAction.LIST_WEBHOOKS, NoBody.class);
  public static final BusAction<WebhookRef, Document> GET_WEBHOOK = of(NotificationAction.GET_WEBHOOK, WebhookRef.class);
  public static final BusAction<WebhookRef, Document> DELETE_WEBHOOK = of(NotificationAction.DELETE_WEBHOOK, WebhookRef.class);
  public static final BusAction<WebhookRef, Document> PING_WEBHOOK = of(NotificationAction.PING_WEBHOOK, WebhookRef.class);
  public static final BusAction<WebhookRef, Document> LIST_DELIVERIES = of(NotificationAction.LIST_DELIVERIES, WebhookRef.class);

  public static final BusAction<WebhookUpdate, Document> UPDATE_WEBHOOK = of(NotificationAction.UPDATE_WEBHOOK, WebhookUpdate.class);
  /** A new secret, shown this once; the old one keeps signing too for a day. */
  public static final BusAction<WebhookRef, Document> ROTATE_WEBHOOK_SECRET = of(NotificationAction.ROTATE_WEBHOOK_SECRET, WebhookRef.class);
  public static final BusAction<DeliveryRef, Document> RETRY_DELIVERY = of(NotificationAction.RETRY_DELIVERY, DeliveryRef.class);
  public static final BusAction<AlertRuleCreate, Document> CREATE_ALERT_RULE = of(NotificationAction.CREATE_ALERT_RULE, AlertRuleCreate.class);
  public static final BusAction<NoBody, Document> LIST_ALERT_RULES = of(NotificationAction.LIST_ALERT_RULES, NoBody.class);
  public static final BusAction<AlertRuleRef, Document> GET_ALERT_RULE = of(NotificationAction.GET_ALERT_RULE, AlertRuleRef.class);
  public static final BusAction<AlertRuleRef, Document> DELETE_ALERT_RULE = of(NotificationAction.DELETE_ALERT_RULE, AlertRuleRef.class);
  /** The operator's (and the moved test clock's): evaluates the alert rules that are due now. */
  public static final BusAction<NoBody, Document> RUN_ALERTS = of(NotificationAction.RUN_ALERTS, NoBody.class);

  private static <Q> BusAction<Q, Document> of(NotificationAction action, Class<Q> request) {
    return BusAction.of(Address.NOTIFICATION, action.name(), request, Document.class);
  }
}
