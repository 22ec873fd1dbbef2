package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The savings plan for compute through the gateway, on the bundled sample sheet (whose PAYG prices carry their
 * savings-plan rates as the Retail Prices API lists them): the product in Partner Center's view of every Azure item, its
 * SKU per term, their availabilities, and the plan beside each reservation in the search. Every answer is also checked
 * against the OpenAPI document.
 */
class SavingsPlanCatalogApiTest {
  private static final String PLAN = "/v1/products/DZH318Z09V6F";
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

  private TestPlatform.Reply get(String path) {
    return platform.get(path, token);
  }

  private static void assertDecimal(String expected, Object actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))), () -> expected + " but was " + actual);
  }

  @Test
  void theProductIsInTheViewOfEveryAzureItem() {
    TestPlatform.Reply azure = get("/v1/products?country=US&targetView=Azure");
    assertEquals(200, azure.status(), azure::toString);
    assertEquals(11, azure.json().getInteger("totalCount"), "10 series and the savings plan");
    JsonObject plan = azure.items().stream().filter(p -> p.getString("id").equals("DZH318Z09V6F")).findFirst().orElseThrow();
    assertEquals("Azure savings plan", plan.getString("title"));
    assertEquals("SavingsPlan", plan.getJsonObject("productType").getJsonObject("subType").getString("id"));
    assertEquals("Azure", plan.getJsonObject("productType").getString("id"));
    assertEquals(plan, get(PLAN + "?country=US").json());
    assertEquals(10, get("/v1/products?country=US&targetView=AzureReservationsVM").json().getInteger("totalCount"));
    assertEquals(10, get("/v1/products?country=US").json().getInteger("totalCount"), "the reservations' view is the default");
    assertRefused(get("/v1/products?country=US&targetView=AzureSavingsPlan"), 400);
    assertRefused(get(PLAN), 400);
  }

  @Test
  void skusPerTermAndTheirAvailabilitiesInPartnerCentersShape() {
    TestPlatform.Reply skus = get(PLAN + "/skus?country=GB");
    assertEquals(200, skus.status(), skus::toString);
    assertEquals(List.of("0001", "0002"), skus.items().stream().map(s -> s.getString("id")).toList());
    JsonObject oneYear = skus.items().get(0);
    assertEquals("Compute savings plan, 1 Year", oneYear.getString("title"));
    assertEquals(new JsonObject().put("grain", "Hourly").put("currencyCode", new JsonObject().put("code", "USD").put("symbol", "$"))
        .put("amount", "0.001"), oneYear.getJsonObject("minimumPurchaseCommitment"));
    assertEquals(List.of("one_time", "monthly"), oneYear.getJsonArray("supportedBillingCycles").getList());
    assertEquals(new JsonObject().put("isMicrosoftProduct", true).put("armSkuName", "Compute_Savings_Plan").put("duration", "1year")
        .put("termDuration", "P1Y"), oneYear.getJsonObject("dynamicAttributes"));
    JsonObject threeYears = get(PLAN + "/skus/0002?country=GB").json();
    assertEquals("Compute savings plan, 3 Years", threeYears.getString("title"));
    assertEquals("P3Y", threeYears.getJsonObject("dynamicAttributes").getString("termDuration"));

    JsonObject availability = get(PLAN + "/skus/0001/availabilities?country=GB").items().get(0);
    assertEquals("DZH318Z09V6F:0001:DZH318Z0BLD3", availability.getString("catalogItemId"));
    assertEquals(new JsonArray().add(new JsonObject().put("duration", "P1Y").put("description", "1year")), availability.getJsonArray("terms"));
    assertEquals(oneYear.getJsonObject("minimumPurchaseCommitment"), availability.getJsonObject("minimumPurchaseCommitment"));
    assertEquals("GB", availability.getString("country"));
    assertTrue(availability.getBoolean("isPurchasable"));
    assertEquals("DZH318Z09V6F:0002:DZH318Z0BLD4", get(PLAN + "/skus/0002/availabilities?country=US").items().get(0)
        .getString("catalogItemId"));
    assertFalse(get(PLAN + "/skus/0001/availabilities?country=BR").items().get(0).getBoolean("isPurchasable"),
        "seen where the offer is not sold, not bought");

    assertRefused(get(PLAN + "/skus/0003?country=US"), 404);
    assertRefused(get(PLAN + "/skus/0003/availabilities?country=US"), 404);
    assertRefused(get(PLAN + "/skus?country=XX"), 400);
  }

  @Test
  void theSearchShowsThePlanOfTheSameTermBesideEachReservation() {
    JsonObject row = get("/v1/reservedInstances?country=US&armSkuName=Standard_D2s_v5&armRegionName=eastus&term=P1Y").items().get(0);
    // Sample: PAYG 0.096/h, the plan at 72 % of it for 2 vCPUs: 0.0691/h, 605.32 over the year against 840.96 PAYG.
    JsonObject plan = row.getJsonObject("savingsPlan");
    assertDecimal("0.0691", plan.getValue("hourlyRate"));
    assertDecimal("605.32", plan.getValue("price"));
    assertDecimal("28.02", plan.getValue("savingsPercent"));
    assertDecimal("41.00", row.getValue("savingsPercent"));
    assertTrue(get("/v1/reservedInstances?country=US&size=1000").items().stream().allMatch(r -> r.getJsonObject("savingsPlan") != null),
        "the sample has a rate for every size, region and term");
  }

  @Test
  void aStreamedLoadTakesTheRetailShapeAndRowsOfTheirOwn() {
    JsonObject payg = RetailPrices.payg("Standard_D2s_v5", "koreacentral", "Virtual Machines Dsv5 Series", 0.11, "2025-06-01T00:00:00Z",
        0.0561, 0.0781);
    JsonObject reservation = RetailPrices.like(payg, "Reservation", "reservationTerm", "3 Years", 1100);
    JsonObject ownRow = RetailPrices.like(payg, "SavingsPlan", "term", "1 Year", 0.1562).put("armSkuName", "Standard_D4s_v5");
    JsonObject badPlan = payg.copy().put("armSkuName", "Standard_D8s_v5").put("savingsPlan", new JsonArray().add(RetailPrices.rate(0.2,
        "5 Years")));
    TestPlatform.Reply loaded = platform.post("/v1/admin/priceSheets?name=korea", platform.operatorToken(),
        new JsonObject().put("Items", new JsonArray().add(payg).add(reservation).add(ownRow).add(badPlan)).encode());
    assertEquals(200, loaded.status(), loaded::toString);
    assertEquals(4, loaded.json().getInteger("rowsRead"));
    assertEquals(5, loaded.json().getInteger("rowsLoaded"), "PAYG with two rates, a reservation, a rate of its own");
    assertTrue(loaded.json().getJsonArray("rejected").getJsonObject(0).getString("reason").contains("savingsPlan[0]: term 5 Years"));

    JsonObject row = get("/v1/reservedInstances?country=US&armSkuName=Standard_D2s_v5&armRegionName=koreacentral").items().get(0);
    assertDecimal("0.0561", row.getJsonObject("savingsPlan").getValue("hourlyRate"));
    assertDecimal("1474.31", row.getJsonObject("savingsPlan").getValue("price"));
  }
}
