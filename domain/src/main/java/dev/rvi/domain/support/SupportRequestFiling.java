package dev.rvi.domain.support;

import dev.rvi.domain.reservation.ExchangeRequest;
import java.util.List;

/**
 * A refund or exchange request filed from a reservation, the three steps in one: basics (issue type),
 * problem (problem type and category), contact; plus the reservation, what is asked, and a description.
 */
public record SupportRequestFiling(String customerId, String reservationId, String reservationOrderId, String issueType,
                                   String problemType, String category, String requestedAction, Integer quantity,
                                   List<ExchangeRequest.Purchase> exchangeTarget, Contact contact, String description) {}
