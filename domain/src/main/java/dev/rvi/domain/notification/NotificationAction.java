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
  LIST_DELIVERIES,
  UPDATE_WEBHOOK,
  ROTATE_WEBHOOK_SECRET,
  RETRY_DELIVERY,
  CREATE_ALERT_RULE,
  LIST_ALERT_RULES,
  GET_ALERT_RULE,
  DELETE_ALERT_RULE,
  RUN_ALERTS
}
