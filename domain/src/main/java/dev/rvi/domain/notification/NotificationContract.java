package dev.rvi.domain.notification;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;

/** The notification service's actions: events in from the services' outboxes, the event feed out. */
public final class NotificationContract {
  private NotificationContract() {}

  /** The outbox relays only; an event already recorded is skipped, so a replay is harmless. */
  public static final BusAction<EventBatch, EventsRecorded> RECORD_EVENTS =
      BusAction.of(Address.NOTIFICATION, NotificationAction.RECORD_EVENTS.name(), EventBatch.class, EventsRecorded.class);
  public static final BusAction<EventQuery, Document> LIST_EVENTS =
      BusAction.of(Address.NOTIFICATION, NotificationAction.LIST_EVENTS.name(), EventQuery.class, Document.class);
}
