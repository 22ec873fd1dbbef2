package dev.rvi.domain.notification;

import java.math.BigDecimal;
import java.util.List;

/**
 * The average utilization of each reservation and savings plan in a {@link UtilizationScope}; null where there is
 * nothing to average. A savings plan's item names the plan and its order in the reservation's fields, and has the
 * {@code benefitType} {@code SavingsPlan}.
 */
public record ReservationUtilizations(List<Item> reservations) {

  /** One reservation, with what an alert about it tells. */
  public record Item(String reservationId, String reservationOrderId, String customerId, String resellerPartnerId, String displayName,
                     String armSkuName, String armRegionName, int quantity, BigDecimal averagePercent, String benefitType) {
    public static final String RESERVATION = "Reservation";
    public static final String SAVINGS_PLAN = "SavingsPlan";
  }
}
