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

  private static <Q> BusAction<Q, Document> of(NotificationAction action, Class<Q> request) {
    return BusAction.of(Address.NOTIFICATION, action.name(), request, Document.class);
  }
}
