package dev.rvi.usage;

import dev.rvi.domain.benefit.DailyUtilization;
import dev.rvi.domain.usage.ReservationFacts;
import io.vertx.core.json.JsonObject;

/** A reservation's day in the Consumption API's reservation-summary shape. */
final class DailyUtilizationView {
  private DailyUtilizationView() {}

  static JsonObject of(ReservationFacts r, DailyUtilization d) {
    return new JsonObject()
        .put("reservationId", r.id())
        .put("reservationOrderId", r.reservationOrderId())
        .put("skuName", r.armSkuName())
        .put("kind", "reservation")
        .put("usageDate", d.usageDate().toString())
        .put("reservedHours", d.reservedHours())
        .put("usedHours", d.usedHours())
        .put("utilizedPercentage", d.utilizedPercentage())
        .put("minUtilizationPercentage", d.minUtilizationPercentage())
        .put("avgUtilizationPercentage", d.avgUtilizationPercentage())
        .put("maxUtilizationPercentage", d.maxUtilizationPercentage());
  }
}
