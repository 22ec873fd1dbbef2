package dev.rvi.domain.reservation;

import java.util.List;

/**
 * Configure: the scope (Single with its subscription, or Shared) and the renew flag. Fields that are
 * not changeable but were sent anyway (the partner of record, the quantity, ...) are named in
 * {@code readOnlyFields} so the service can refuse them clearly.
 */
public record ReservationUpdate(String customerId, String reservationOrderId, String reservationId, String appliedScopeType,
                                String appliedSubscriptionId, Boolean renew, List<String> readOnlyFields) {}
