package dev.rvi.domain.usage;

import java.time.LocalDate;

/** Daily utilization of one reservation between two dates (inclusive). */
public record UtilizationQuery(String customerId, String reservationOrderId, String reservationId, LocalDate from, LocalDate to) {}
