package dev.rvi.support;

import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.support.Contact;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A refund or exchange request as the support service keeps it. {@code exchangeTarget} is what an exchange buys (null
 * for a refund); {@code result} is the order service's answer to the approved refund or exchange, kept as it wrote it.
 */
record SupportRequest(String id, String partnerId, String customerId, String reservationId, String reservationOrderId,
                      String subscriptionId, String issueType, String problemType, String category, String requestedAction,
                      Integer quantity, List<ExchangeRequest.Purchase> exchangeTarget, Contact contact, String description,
                      String status, String assignedTo, String policyError, String result, String createdBy,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  boolean isRefund() {
    return "refund".equals(requestedAction);
  }
}
