package dev.rvi.domain.notification;

/** How many of a batch's events were new (the others the notification service already had). */
public record EventsRecorded(int recorded) {}
