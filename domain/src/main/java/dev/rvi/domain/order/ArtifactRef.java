package dev.rvi.domain.order;

/** The reserved-instance artifact of one line of an order, as an entitlement's link names it. */
public record ArtifactRef(String customerId, String orderId, int lineItemNumber, String reservationOrderId) {}
