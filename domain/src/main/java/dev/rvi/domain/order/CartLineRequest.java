package dev.rvi.domain.order;

/**
 * One line of a cart as a partner writes it (Partner Center's lineItems entry, normalised). {@code resellerMpnId}
 * is the line's own {@code transaction_reseller} participant, which wins over the cart's; {@code billingPlan} is
 * {@code Upfront} (when absent) or {@code Monthly}. A savings plan's line names its {@code purchaseCommitment}, and for Single
 * scope the Azure subscription it applies to as {@code entitlementId} (Partner Center's spelling).
 */
public record CartLineRequest(Integer id, String catalogItemId, Integer quantity, String billingCycle, String termDuration,
                              String subscriptionId, String scope, String duration, String resellerMpnId,
                              String billingPlan, String entitlementId, PurchaseCommitment purchaseCommitment) {

  /** A reservation's line: no entitlement and no commitment. */
  public CartLineRequest(Integer id, String catalogItemId, Integer quantity, String billingCycle, String termDuration,
                         String subscriptionId, String scope, String duration, String resellerMpnId, String billingPlan) {
    this(id, catalogItemId, quantity, billingCycle, termDuration, subscriptionId, scope, duration, resellerMpnId, billingPlan, null, null);
  }
}
