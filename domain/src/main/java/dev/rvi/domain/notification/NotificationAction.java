package dev.rvi.domain.notification;

/** What the notification service answers on the bus. */
public enum NotificationAction {
  RECORD_EVENTS,
  LIST_EVENTS,
  CREATE_WEBHOOK,
  LIST_WEBHOOKS,
  GET_WEBHOOK,
  DELETE_WEBHOOK,
  PING_WEBHOOK,
  LIST_DELIVERIES
}
