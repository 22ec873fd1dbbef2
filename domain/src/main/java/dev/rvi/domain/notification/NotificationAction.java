package dev.rvi.domain.notification;

/** What the notification service answers on the bus. */
public enum NotificationAction {
  RECORD_EVENTS,
  LIST_EVENTS
}
