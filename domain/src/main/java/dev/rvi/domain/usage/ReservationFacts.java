package dev.rvi.domain.usage;

/**
 * What the usage service needs of a reservation, as the order service (which owns it) tells it: where
 * its benefit applies and what it is. {@code appliedSubscription} is null for Shared scope.
 */
public record ReservationFacts(String id, String reservationOrderId, String customerId, String armRegionName, String armSkuName,
                               String appliedScopeType, String appliedSubscription) {}
