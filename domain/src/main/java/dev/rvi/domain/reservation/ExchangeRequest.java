package dev.rvi.domain.reservation;

import java.util.List;

/** An exchange quote (the two lists) or its execution (the session). */
public record ExchangeRequest(String customerId, List<Return> reservationsToExchange, List<Purchase> reservationsToPurchase,
                              String sessionId, String externalKey) {

  public record Return(String reservationId, Integer quantity) {}

  /**
   * A new reservation the exchange buys: a catalog item, or Azure's way of naming one ({@code armSkuName} and
   * {@code armRegionName}, with the term). {@code billingPlan} may differ from the returned ones' (an exchange may change it).
   */
  public record Purchase(String catalogItemId, Integer quantity, String termDuration, String subscriptionId, String scope,
                         String billingPlan, String armSkuName, String armRegionName) {}
}
