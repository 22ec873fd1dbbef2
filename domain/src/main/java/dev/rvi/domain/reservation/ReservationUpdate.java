package dev.rvi.domain.reservation;

import java.util.List;

/**
 * Configure: the scope (Single with its subscription, or Shared), the renew flag, the name shown for it, and
 * instance size flexibility as Azure's PATCH names it ({@code On}/{@code Off}). Fields that are
 * not changeable but were sent anyway (the partner of record, the quantity, ...) are named in
 * {@code readOnlyFields} so the service can refuse them clearly.
 */
public record ReservationUpdate(String customerId, String reservationOrderId, String reservationId, String appliedScopeType,
                                String appliedSubscriptionId, Boolean renew, String instanceFlexibility, String displayName,
                                List<String> readOnlyFields) {}
