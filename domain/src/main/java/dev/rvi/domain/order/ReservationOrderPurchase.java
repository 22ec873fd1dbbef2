package dev.rvi.domain.order;

/** Azure's purchase: an order of one line, bought into the reservation order whose id the purchase names (new). */
public record ReservationOrderPurchase(String reservationOrderId, CartRequest order) {}
