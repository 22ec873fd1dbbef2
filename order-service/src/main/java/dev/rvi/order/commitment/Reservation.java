package dev.rvi.order.commitment;

import dev.rvi.domain.benefit.ReservationSpec;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reservation as the order service holds it: what was bought (size, region, term, quantity, price), where its
 * benefit applies, its dates and state, and the order and renewals it is linked to, and whether it is archived (hidden from
 * the lists that ask for unarchived ones). Links a query did not read are null.
 */
public record Reservation(String id, String reservationOrderId, String partnerId, String customerId, String subscriptionId, String appliedScopeType,
                          String appliedSubscription, String catalogItemId, String productId, String skuId, String armSkuName,
                          String armRegionName, String location, String series, BigDecimal flexRatio, int quantity, String term,
                          BigDecimal unitPrice, String currency, Instant effectiveAt, Instant expiresAt, String provisioningState,
                          String partnerIdOnRecord, String resellerPartnerId, Instant createdAt, String displayName, String instanceFlexibility, boolean renew,
                          String billingPlan, String orderId, Integer lineNumber, String orderNumber, RenewalLinks renewals,
                          boolean archived) {

  /** The reservation it renewed and the one that renews it (each with its reservation order), where there are. */
  public record RenewalLinks(String renewedFrom, String renewedFromOrder, String renewedTo, String renewedToOrder) {
    public static final RenewalLinks NONE = new RenewalLinks(null, null, null, null);
  }

  /** What the benefit engine needs of it. */
  public ReservationSpec spec() {
    return new ReservationSpec(id, "Single".equals(appliedScopeType) ? appliedSubscription : null, armRegionName, armSkuName, quantity,
        effectiveAt.getEpochSecond() / 3600, expiresAt.getEpochSecond() / 3600, "Off".equals(instanceFlexibility));
  }
}
