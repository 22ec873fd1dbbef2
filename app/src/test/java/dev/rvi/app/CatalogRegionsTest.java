package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/regions (issue #28): the regions a market's catalog sells in, what the dashboard's region filter lists. Every
 * region with a reserved-instance offer is listed once, by name, with its display name and its number of offers, which
 * is what the reserved-instance list counts there; a region without prices is not listed until a price sheet gives it
 * one; a missing or unknown country is a 400.
 */
class CatalogRegionsTest {
  private static TestPlatform platform;
  private static String token;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    token = platform.token(DemoData.CONTOSO.id(), "SalesAgent");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void theRegionsAreThoseTheCatalogSells() {
    TestPlatform.Reply reply = platform.get("/v1/regions?country=US", token);
    assertEquals(200, reply.status(), reply::toString);
    List<JsonObject> regions = reply.items();
    assertEquals(regions.size(), reply.json().getInteger("totalCount"));
    List<String> names = regions.stream().map(r -> r.getString("name")).toList();
    assertEquals(names.stream().sorted().distinct().toList(), names, "each region once, by name");

    int offers = 0;
    for (JsonObject region : regions) {
      int inList = platform.get("/v1/reservedInstances?country=US&size=1&armRegionName=" + region.getString("name"), token).json()
          .getInteger("totalCount");
      assertEquals(inList, region.getInteger("offers"), region::encode);
      assertTrue(!region.getString("displayName").isBlank(), region::encode);
      offers += inList;
    }
    assertEquals(platform.get("/v1/reservedInstances?country=US&size=1", token).json().getInteger("totalCount"), offers,
        "every offer is in one listed region");
    JsonObject east = regions.stream().filter(r -> r.getString("name").equals("eastus")).findFirst().orElseThrow();
    assertEquals("East US", east.getString("displayName"));

    Set<String> sold = platform.get("/v1/reservedInstances?country=US&size=1000", token).items().stream()
        .map(r -> r.getString("armRegionName")).collect(Collectors.toSet());
    assertEquals(sold, Set.copyOf(names), "exactly the regions of the reserved-instance list");
  }

  /** A price sheet with a region the dashboard never named lists it, with its display name, once its price is in force. */
  @Test
  void aRegionWithNewPricesIsListed() throws InterruptedException {
    assertTrue(platform.get("/v1/regions?country=US", token).items().stream().noneMatch(r -> r.getString("name").equals("brazilsouth")),
        "no price in Brazil South yet");
    platform.loadPrice("Standard_D2s_v5", "brazilsouth", "Reservation", "1 Year", "950.00", platform.clock.instant().minus(Duration.ofDays(1)));
    JsonObject brazil = null;
    for (int i = 0; i < 100 && brazil == null; i++) {
      brazil = platform.get("/v1/regions?country=US", token).items().stream().filter(r -> r.getString("name").equals("brazilsouth"))
          .findFirst().orElse(null);
      if (brazil == null) {
        Thread.sleep(100);
      }
    }
    assertTrue(brazil != null, "Brazil South is listed once it has a price");
    assertEquals("Brazil South", brazil.getString("displayName"));
    assertEquals(1, brazil.getInteger("offers"));
  }

  @Test
  void aMissingOrUnknownCountryIsRefused() {
    for (String query : List.of("", "?country=ZZ", "?country=USA", "?country=U1")) {
      TestPlatform.Reply reply = platform.get("/v1/regions" + query, token);
      assertEquals(400, reply.status(), () -> query + " " + reply);
      assertTrue(reply.body().contains("country"), reply::toString);
    }
    assertEquals(401, platform.get("/v1/regions?country=US", "not-a-token").status());
  }
}
