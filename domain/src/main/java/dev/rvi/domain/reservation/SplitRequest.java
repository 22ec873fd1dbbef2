package dev.rvi.domain.reservation;

import java.util.List;

/** Split one reservation into several whose quantities sum to its quantity (Azure's split). */
public record SplitRequest(String customerId, String reservationOrderId, String reservationId, List<Integer> quantities) {}
