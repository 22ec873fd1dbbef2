package dev.rvi.domain.support;

/** The order service's answer for a reservation the caller may file a request on: what the request records. */
public record SupportReservation(String reservationId, String reservationOrderId, String subscriptionId, String customerId,
                                 int quantity, String skuName) {}
