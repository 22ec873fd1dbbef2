package dev.rvi.domain.billing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One charge or credit as the order service's outbox holds it (its trigger writes these names, in snake
 * case) and the billing service records it: who, what, how much, for which period, and each tier's amount.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChargeEvent(long id, String partnerId, String partnerMpnId, String customerId, String customerName,
                          String customerCountry, String orderId, OffsetDateTime orderDate, String reservationOrderId,
                          String chargeType, String productId, String skuId, String skuName, String catalogItemId,
                          String friendlyName, BigDecimal unitPrice, Integer quantity, BigDecimal amount, String currency,
                          OffsetDateTime chargeStart, OffsetDateTime chargeEnd, String resellerMpnId, OffsetDateTime createdAt,
                          String productKind, String series, String billingPlan, List<Tier> tiers) {

  /** What one tier's seller charges (or, negative, credits) its buyer for this charge. */
  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  public record Tier(int level, String sellerId, String buyerId, BigDecimal amount) {}
}
