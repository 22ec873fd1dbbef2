package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A partner's default price list of one markup over its cost, in force from today: the tiers of the worked examples. */
final class PriceListsInForce {
  private PriceListsInForce() {}

  static void markup(TestPlatform platform, String token, String name, String percent) {
    TestPlatform.Reply list = platform.post("/v1/priceLists", token, new JsonObject().put("name", name).put("currency", "USD")
        .put("rules", new JsonArray().add(new JsonObject().put("percent", new BigDecimal(percent)))).encode());
    assertEquals(201, list.status(), list::toString);
    String from = LocalDate.ofInstant(platform.clock.instant(), ZoneOffset.UTC).toString();
    TestPlatform.Reply assigned = platform.post("/v1/priceLists/" + list.json().getString("id") + "/assignments", token,
        new JsonObject().put("effectiveFrom", from).encode());
    assertEquals(201, assigned.status(), assigned::toString);
  }
}
