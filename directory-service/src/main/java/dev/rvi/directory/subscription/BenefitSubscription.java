package dev.rvi.directory.subscription;

import java.time.Instant;

/**
 * A savings plan as the subscription it shows as in the customer's list (unit type Benefit), kept from the order
 * service's changes: who sold it and who resells it, the Azure subscription billed, its name, product, term, billing
 * plan, dates, renewal and the order it was bought on.
 */
public record BenefitSubscription(String id, String savingsPlanOrderId, String partnerId, String resellerPartnerId, String customerId,
                                  String billingSubscriptionId, String friendlyName, String catalogItemId, String productId, String skuId,
                                  String term, String billingPlan, Instant effectiveAt, Instant expiresAt, boolean renew, String renewedBy,
                                  String orderId, Instant createdAt) {
  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
