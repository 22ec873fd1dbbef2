package dev.rvi.usage;

import dev.rvi.domain.usage.ReservationFacts;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A reservation's hour in the shape of its days (the Consumption API's reservation summaries), {@code usageDate} the
 * hour's start; an hour's lowest, average and highest hourly utilization are the hour's own.
 */
final class HourlyUtilizationView {
  private HourlyUtilizationView() {}

  static JsonObject of(ReservationFacts r, Instant hour, double reserved, double used) {
    BigDecimal utilized = round(used / reserved * 100);
    return new JsonObject()
        .put("reservationId", r.id())
        .put("reservationOrderId", r.reservationOrderId())
        .put("skuName", r.armSkuName())
        .put("kind", "reservation")
        .put("usageDate", hour.toString())
        .put("reservedHours", round(reserved))
        .put("usedHours", round(used))
        .put("utilizedPercentage", utilized)
        .put("minUtilizationPercentage", utilized)
        .put("avgUtilizationPercentage", utilized)
        .put("maxUtilizationPercentage", utilized);
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
