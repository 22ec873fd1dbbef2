package dev.rvi.domain.notification;

import java.math.BigDecimal;
import java.util.List;

/** The average utilization of each reservation in a {@link UtilizationScope}; null where there is nothing to average. */
public record ReservationUtilizations(List<Item> reservations) {

  /** One reservation, with what an alert about it tells. */
  public record Item(String reservationId, String reservationOrderId, String customerId, String resellerPartnerId, String displayName,
                     String armSkuName, String armRegionName, int quantity, BigDecimal averagePercent) {}
}
