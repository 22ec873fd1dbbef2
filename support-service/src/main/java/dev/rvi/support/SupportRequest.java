package dev.rvi.support;

import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.support.Contact;
import dev.rvi.domain.support.TradeInTarget;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A refund, exchange or trade-in request as the support service keeps it. {@code exchangeTarget} is what an exchange
 * buys, {@code tradeInTarget} the savings plan a trade-in buys (each null for the other kinds); {@code result} is the
 * order service's answer to the approved request, kept as it wrote it.
 */
record SupportRequest(String id, String partnerId, String customerId, String reservationId, String reservationOrderId,
                      String subscriptionId, String issueType, String problemType, String category, String requestedAction,
                      Integer quantity, List<ExchangeRequest.Purchase> exchangeTarget, TradeInTarget tradeInTarget, Contact contact,
                      String description, String status, String assignedTo, String policyError, String result, String createdBy,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt) {}
