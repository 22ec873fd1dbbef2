package dev.rvi.order.reservation;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/** Azure's amount shape in quotes: {@code {"currencyCode": "USD", "amount": 123.45}}. */
final class Amounts {
  private Amounts() {}

  static JsonObject of(BigDecimal amount, String currency) {
    return new JsonObject().put("currencyCode", currency).put("amount", amount);
  }
}
