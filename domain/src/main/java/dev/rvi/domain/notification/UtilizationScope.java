package dev.rvi.domain.notification;

import java.util.List;

/** Whose reservations an alert rule looks at: a partner's reservations in force, of some customers (empty: all), averaged over {@code days}. */
public record UtilizationScope(String partnerId, List<String> customerIds, int days) {}
