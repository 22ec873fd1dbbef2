package dev.rvi.domain.support;

import dev.rvi.domain.reservation.ExchangeRequest;
import java.util.List;

/**
 * A refund, exchange or trade-in request filed from a reservation, the three steps in one: basics (issue type),
 * problem (problem type and category), contact; plus the reservation, what is asked (an exchange's reservations to
 * buy, a trade-in's savings plan), and a description.
 */
public record SupportRequestFiling(String customerId, String reservationId, String reservationOrderId, String issueType,
                                   String problemType, String category, String requestedAction, Integer quantity,
                                   List<ExchangeRequest.Purchase> exchangeTarget, TradeInTarget tradeInTarget, Contact contact,
                                   String description) {}
