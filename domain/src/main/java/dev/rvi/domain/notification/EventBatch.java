package dev.rvi.domain.notification;

import java.util.List;

/** Events from a service's outbox, oldest first. */
public record EventBatch(List<PartnerEvent> events) {}
