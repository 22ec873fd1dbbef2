package dev.rvi.domain.reservation;

import java.util.List;

/** Merge reservations of one reservation order with the same properties into one (Azure's merge). */
public record MergeRequest(String customerId, String reservationOrderId, List<String> sources) {}
