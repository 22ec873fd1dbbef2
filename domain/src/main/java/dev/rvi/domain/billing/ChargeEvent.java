package dev.rvi.domain.billing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One charge or credit as the order service's outbox holds it (its trigger writes these names, in snake
 * case) and the billing service records it: who, what, how much and for which period.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChargeEvent(long id, String partnerId, String partnerMpnId, String customerId, String customerName,
                          String customerCountry, String orderId, OffsetDateTime orderDate, String reservationOrderId,
                          String chargeType, String productId, String skuId, String skuName, String catalogItemId,
                          String friendlyName, BigDecimal unitPrice, Integer quantity, BigDecimal amount, String currency,
                          OffsetDateTime chargeStart, OffsetDateTime chargeEnd, String resellerMpnId, OffsetDateTime createdAt) {}
