package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog through the gateway, on the bundled sample sheet: 10 flexibility groups, 4 sizes each,
 * 7 regions, P1Y and P3Y, so 560 reservation prices. Counts below follow from that.
 */
class CatalogApiTest {
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

  private int count(String query) {
    TestPlatform.Reply reply = get("/v1/reservedInstances?country=US&size=1000&" + query);
    assertEquals(200, reply.status(), reply::toString);
    JsonObject json = reply.json();
    assertEquals(json.getInteger("totalCount"), json.getJsonArray("items").size(), "one page holds all at size=1000");
    return json.getInteger("totalCount");
  }

  @Test
  void productsAreOnePerFlexibilityGroup() {
    TestPlatform.Reply reply = get("/v1/products?country=US&targetView=AzureReservationsVM");
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(10, reply.json().getInteger("totalCount"));
    assertEquals("Collection", reply.json().getJsonObject("attributes").getString("objectType"));
    JsonObject dsv5 = productOf("Dsv5 Series");
    assertTrue(dsv5.getString("description").contains("not included"), "software costs are not in the price");
    assertEquals(200, get("/v1/products/" + dsv5.getString("id") + "?country=US").status());
    assertRefused(get("/v1/products/NOSUCHPRODUCT?country=US"), 404, 404);
    assertRefused(get("/v1/products?country=US&targetView=AzureReservationsSQL"), 400);
  }

  private JsonObject productOf(String series) {
    return get("/v1/products?country=US").items().stream()
        .filter(p -> p.getString("series").equals(series)).findFirst().orElseThrow();
  }

  @Test
  void skusAvailabilitiesAndCatalogItemIds() {
    String productId = productOf("Dsv5 Series").getString("id");
    TestPlatform.Reply skus = get("/v1/products/" + productId + "/skus?country=US&size=1000");
    assertEquals(56, skus.json().getInteger("totalCount"), "4 sizes x 7 regions x 2 terms");
    JsonObject sku = skus.items().stream()
        .filter(s -> s.getJsonObject("dynamicAttributes").getString("armSkuName").equals("Standard_D2s_v5")
            && s.getJsonObject("dynamicAttributes").getString("armRegionName").equals("eastus")
            && s.getJsonObject("dynamicAttributes").getString("term").equals("P1Y"))
        .findFirst().orElseThrow();
    JsonObject attributes = sku.getJsonObject("dynamicAttributes");
    assertEquals(2, attributes.getInteger("cores"));
    assertEquals("Dsv5 Series", attributes.getString("instanceFlexibilityGroup"));
    assertEquals("1", attributes.getString("instanceFlexibilityRatio"));
    assertEquals("1Year", attributes.getString("duration"));
    assertEquals(List.of("Scope", "SubscriptionId", "Duration"), sku.getJsonArray("provisioningVariables").getList());
    assertEquals(List.of("one_time", "monthly"), sku.getJsonArray("supportedBillingCycles").getList());
    assertEquals(List.of("Upfront", "Monthly"), sku.getJsonArray("billingPlans").getList(), "each term may be paid upfront or monthly");

    String skuId = sku.getString("id");
    assertEquals(skuId, get("/v1/products/" + productId + "/skus/" + skuId + "?country=US").json().getString("id"));
    JsonObject availability = get("/v1/products/" + productId + "/skus/" + skuId + "/availabilities?country=US").items().get(0);
    assertEquals(productId + ":" + skuId + ":" + availability.getString("id"), availability.getString("catalogItemId"));
    assertTrue(availability.getBoolean("isPurchasable"));
    assertEquals("USD", availability.getString("defaultCurrency"));
    assertEquals("P1Y", availability.getJsonArray("terms").getJsonObject(0).getString("duration"));
    assertRefused(get("/v1/products/" + productId + "/skus/NOSUCHSKU?country=US"), 404);
    assertRefused(get("/v1/products/NOSUCHPRODUCT/skus?country=US"), 404);
  }

  @Test
  void filtersNarrowTheList() {
    assertEquals(560, count(""));
    assertEquals(40, count("armRegionName=eastus&term=P1Y"));
    assertEquals(80, count("armRegionName=eastus,westus2&term=P3Y"));
    assertEquals(56, count("series=Dsv5"));
    assertEquals(56, count("series=Dsv5%20Series"));
    assertEquals(14, count("armSkuName=Standard_D2s_v5"));
    assertEquals(14, count("armSkuName=standard_d2s_v5"));
    assertEquals(140, count("minCores=16"));
    assertEquals(140, count("maxCores=2"));
    assertEquals(280, count("minCores=4&maxCores=8"));
    assertEquals(80, count("q=westeurope"));
    assertEquals(56, count("q=E16"));
    assertEquals(2, count("armSkuName=Standard_E8as_v5&armRegionName=uksouth"));
  }

  @Test
  void rowsCarryPricesAsDecimalsWithPaygAndSavings() {
    JsonObject row = get("/v1/reservedInstances?country=US&armSkuName=Standard_D2s_v5&armRegionName=eastus&term=P1Y").items().get(0);
    // Sample price: 0.048 USD per vCPU-hour x 2 vCPUs = 0.096/h; P1Y = 0.096 x 8760 x 0.59 = 496.1664 -> 496.17
    assertEquals(new BigDecimal("496.17"), new BigDecimal(row.getValue("unitPrice").toString()));
    assertEquals(new BigDecimal("840.96"), new BigDecimal(row.getValue("payAsYouGoPrice").toString()));
    // (840.96 - 496.17) / 840.96 = 41.00 %
    assertEquals(new BigDecimal("41.0"), new BigDecimal(row.getValue("savingsPercent").toString()));
    assertEquals("USD", row.getString("currencyCode"));
    assertEquals("Dsv5 Series", row.getString("series"));
    assertFalse(row.getBoolean("softwareCostsIncluded"));
    assertTrue(row.getBoolean("isPurchasable"));
    assertTrue(row.getString("catalogItemId").matches("[0-9A-Z]{12}:[0-9A-Z]{12}:[0-9A-Z]{12}"));
  }

  @Test
  void sortOrders() {
    List<BigDecimal> up = prices("sort=price");
    List<BigDecimal> sorted = new ArrayList<>(up);
    sorted.sort(null);
    assertEquals(sorted, up);
    List<BigDecimal> down = prices("sort=-price");
    sorted.sort(Collections.reverseOrder());
    assertEquals(sorted, down);
    List<BigDecimal> savings = get("/v1/reservedInstances?country=US&armRegionName=eastus&sort=savings&size=1000").items().stream()
        .map(r -> new BigDecimal(r.getValue("savingsPercent").toString())).toList();
    for (int i = 1; i < savings.size(); i++) {
      assertTrue(savings.get(i - 1).compareTo(savings.get(i)) >= 0, "savings descending");
    }
    assertEquals(new BigDecimal("62.0"), savings.get(0).stripTrailingZeros().setScale(1), "P3Y saves 62 % in the sample");
  }

  private List<BigDecimal> prices(String sort) {
    return get("/v1/reservedInstances?country=US&armRegionName=westeurope&term=P1Y&size=1000&" + sort).items().stream()
        .map(r -> new BigDecimal(r.getValue("unitPrice").toString())).toList();
  }

  @Test
  void pagingWithContinuationTokensVisitsEveryRowOnce() {
    Set<String> seen = new HashSet<>();
    String next = "/v1/reservedInstances?country=US&armRegionName=eastus&size=25&sort=price";
    int pages = 0;
    while (next != null) {
      JsonObject page = get(next).json();
      assertEquals(80, page.getInteger("totalCount"));
      for (Object item : page.getJsonArray("items")) {
        assertTrue(seen.add(((JsonObject) item).getString("catalogItemId")), "no row twice");
      }
      JsonObject link = page.getJsonObject("links").getJsonObject("next");
      next = link == null ? null : link.getString("uri");
      pages++;
    }
    assertEquals(4, pages);
    assertEquals(80, seen.size());
  }

  @Test
  void badQueriesAre400InPartnerCentersShape() {
    assertRefused(get("/v1/reservedInstances"), 400);
    assertRefused(get("/v1/reservedInstances?country=XX"), 400);
    assertRefused(get("/v1/reservedInstances?country=USA"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&term=P2Y"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&sort=cheapest"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&size=0"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&size=1001"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&minCores=abc"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&minCores=8&maxCores=2"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&continuationToken=garbage"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&armRegionName=marsnorth"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&armRegionName=east%20us"), 400);
    assertRefused(get("/v1/reservedInstances?country=US&q=" + "x".repeat(101)), 400);
  }

  @Test
  void injectionStringsAreJustText() {
    for (String attack : List.of("'; DROP TABLE catalog.price; --", "%", "\\", "' OR '1'='1", "%_%")) {
      TestPlatform.Reply reply = get("/v1/reservedInstances?country=US&q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));
      assertEquals(200, reply.status(), reply::toString);
      assertEquals(0, reply.json().getInteger("totalCount"), () -> "no row matches " + attack);
    }
    assertEquals(14, count("q=D2_"), "_ is a character, not a wildcard: only Standard_D2_v5");
    assertEquals(560, count(""), "the catalog is intact");
  }

  @Test
  void marketsWithoutTheOfferHaveNothingPurchasable() {
    for (String country : List.of("BR", "CN", "IN", "RU", "KR", "TW")) {
      List<JsonObject> rows = get("/v1/reservedInstances?country=" + country + "&armRegionName=eastus&term=P1Y").items();
      assertEquals(40, rows.size(), "the catalog can be browsed");
      assertTrue(rows.stream().noneMatch(r -> r.getBoolean("isPurchasable")), () -> country + " has nothing purchasable");
      JsonObject first = rows.get(0);
      JsonObject availability = get("/v1/products/" + first.getString("productId") + "/skus/" + first.getString("skuId")
          + "/availabilities?country=" + country).items().get(0);
      assertFalse(availability.getBoolean("isPurchasable"));
      TestPlatform.Reply inventory = platform.post("/v1/extensions/product/checkInventory?country=" + country, token,
          "{\"TargetItems\":[{\"ProductId\":\"" + first.getString("productId") + "\",\"SkuId\":\"" + first.getString("skuId") + "\"}]}");
      assertEquals(200, inventory.status(), inventory::toString);
      JsonObject item = new JsonArray(inventory.body()).getJsonObject(0);
      assertTrue(item.getBoolean("isRestricted"));
      assertEquals("MarketNotServed", item.getJsonArray("restrictions").getJsonObject(0).getString("reasonCode"));
    }
    assertTrue(get("/v1/reservedInstances?country=US&armRegionName=eastus").items().stream().allMatch(r -> r.getBoolean("isPurchasable")));
  }

  @Test
  void inventoryCheckForRegionAndUnknownItems() {
    JsonObject row = get("/v1/reservedInstances?country=US&armSkuName=Standard_D4s_v5&armRegionName=westus2&term=P1Y").items().get(0);
    String target = "{\"productId\":\"" + row.getString("productId") + "\",\"skuId\":\"" + row.getString("skuId") + "\"}";
    String body = "{\"targetItems\":[" + target + ",{\"productId\":\"NOSUCHPRODUCT\"}],"
        + "\"inventoryContext\":{\"customerId\":\"c1\",\"azureSubscriptionId\":\"s1\",\"armRegionName\":\"westus2\"}}";
    JsonArray items = new JsonArray(
        platform.post("/v1/extensions/product/checkInventory?country=US", token, body).body());
    // As Partner Center answers: the SKU asked for, and the unknown product left out.
    assertEquals(1, items.size(), items::encode);
    assertEquals(row.getString("skuId"), items.getJsonObject(0).getString("skuId"));
    assertFalse(items.getJsonObject(0).getBoolean("isRestricted"));

    String otherRegion = "{\"TargetItems\":[" + target + "],\"InventoryContext\":{\"ArmRegionName\":\"eastus\"}}";
    JsonObject restricted = new JsonArray(
        platform.post("/v1/extensions/product/checkInventory?country=US", token, otherRegion).body()).getJsonObject(0);
    assertEquals("RegionNotAllowed", restricted.getJsonArray("restrictions").getJsonObject(0).getString("reasonCode"));
    assertEquals("westus2", restricted.getJsonArray("restrictions").getJsonObject(0).getJsonArray("properties").getJsonObject(0)
        .getJsonArray("values").getString(0));

    assertRefused(platform.post("/v1/extensions/product/checkInventory?country=US", token, "{\"TargetItems\":[]}"), 400);
    assertRefused(platform.post("/v1/extensions/product/checkInventory?country=US", token, "{\"TargetItems\":[42]}"), 400);
    assertRefused(platform.post("/v1/extensions/product/checkInventory", token, "{\"TargetItems\":[" + target + "]}"), 400);
  }

  @Test
  void everyRoleMayBrowseTheCatalog() {
    for (String role : List.of("AdminAgent", "SalesAgent", "HelpdeskAgent", "BillingAdmin")) {
      assertEquals(200, platform.get("/v1/products?country=US", platform.token("t-" + role, role)).status(), role);
    }
    for (String role : List.of("SupportAgent", "Operator")) {
      assertEquals(200, platform.get("/v1/products?country=US", platform.token(DemoData.OPERATOR_TENANT, role)).status(), role);
    }
    assertNull(get("/v1/reservedInstances?country=US&size=1000").json().getJsonObject("links").getJsonObject("next"));
  }
}
