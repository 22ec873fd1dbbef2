package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Price sheets streamed through the API: a load of several pages is in force all at once at its commit and not
 * before; a bad page is refused and the load goes on; an abandoned load leaves nothing; a search during a load
 * sees the whole of it or none of it; a page over the limit is refused; deep pages of the search.
 */
class PriceLoadApiTest {
  private static final int LIMIT = 4 * 1024 * 1024;
  private static TestPlatform platform;
  private static String operator;
  private static String partner;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true, gateway -> gateway.withPriceSheetLimit(LIMIT));
    operator = platform.operatorToken();
    partner = platform.token(DemoData.CONTOSO.id(), "SalesAgent");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String sheet(List<JsonObject> rows) {
    return new JsonObject().put("BillingCurrency", "USD").put("Items", new JsonArray(new ArrayList<>(rows))).put("NextPageLink", null).encode();
  }

  private static final String START = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

  private static JsonObject reservation(String sku, String region, String term, Object price) {
    return PriceSheetAdminTest.row("Reservation", sku, region, term, price, START);
  }

  /** The search's total; the searches of the load test may have used up the tenant's minute, so a 429 waits. */
  private static long total(String query) throws InterruptedException {
    TestPlatform.Reply reply = platform.get("/v1/reservedInstances?country=US" + query, partner);
    while (reply.status() == 429) {
      Thread.sleep(500);
      reply = platform.get("/v1/reservedInstances?country=US" + query, partner);
    }
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getLong("totalCount");
  }

  private static BigDecimal price(String sku, String region) {
    List<JsonObject> rows = platform.get("/v1/reservedInstances?country=US&armSkuName=" + sku + "&armRegionName=" + region + "&term=P1Y",
        partner).items();
    return rows.isEmpty() ? null : new BigDecimal(rows.get(0).getValue("unitPrice").toString());
  }

  @Test
  void aLoadOfSeveralPagesIsInForceAtItsCommitAndNotBefore() {
    JsonObject load = platform.post("/v1/admin/priceSheetLoads?name=two-pages", operator, "").json();
    assertEquals("open", load.getString("status"), load::encode);
    String base = "/v1/admin/priceSheetLoads/" + load.getLong("id");
    TestPlatform.Reply first = platform.post(base + "/pages", operator, sheet(List.of(reservation("Standard_D2s_v5", "uaenorth", "1 Year", 111.11))));
    assertEquals(200, first.status(), first::toString);
    assertEquals(1, first.json().getInteger("pages"));
    TestPlatform.Reply second = platform.post(base + "/pages", operator,
        sheet(List.of(reservation("Standard_D4s_v5", "uaenorth", "1 Year", 222.22), reservation("Standard_D4s_v5", "uaenorth", "1 Year", 1))));
    assertEquals(200, second.status(), second::toString);
    assertEquals(3, second.json().getInteger("rowsRead"));
    assertEquals(null, price("Standard_D2s_v5", "uaenorth"), "nothing of an open load is on sale");
    assertEquals("open", platform.get(base, operator).json().getString("status"));

    TestPlatform.Reply committed = platform.post(base + "/commit", operator, "");
    assertEquals(200, committed.status(), committed::toString);
    assertEquals(2, committed.json().getInteger("rowsLoaded"));
    assertEquals(1, committed.json().getInteger("rowsRejected"), "the second row of one key within a load is a duplicate");
    assertEquals(0, new BigDecimal("111.11").compareTo(price("Standard_D2s_v5", "uaenorth")), "in force from the answer on");
    assertEquals(0, new BigDecimal("222.22").compareTo(price("Standard_D4s_v5", "uaenorth")));
    JsonObject after = platform.get(base, operator).json();
    assertEquals("committed", after.getString("status"));
    assertEquals(2, after.getInteger("pages"));
    assertRefused(platform.post(base + "/commit", operator, ""), 404);
    assertTrue(platform.get("/v1/admin/priceSheetLoads", operator).items().stream().anyMatch(l -> l.getLong("id").equals(load.getLong("id"))));
  }

  @Test
  void aBadPageIsRefusedTheLoadGoesOnAndAnAbandonedLoadLeavesNothing() {
    String base = "/v1/admin/priceSheetLoads/" + platform.post("/v1/admin/priceSheetLoads?name=bad", operator, "").json().getLong("id");
    assertRefused(platform.post(base + "/pages", operator, "{\"rows\": [1, 2"), 400);
    assertEquals(200, platform.post(base + "/pages", operator, sheet(List.of(reservation("Standard_D8s_v5", "qatarcentral", "1 Year", 333)))).status());
    assertEquals("open", platform.get(base, operator).json().getString("status"));
    TestPlatform.Reply abandoned = platform.delete(base, operator);
    assertEquals(200, abandoned.status(), abandoned::toString);
    assertEquals("abandoned", platform.get(base, operator).json().getString("status"));
    assertEquals(null, price("Standard_D8s_v5", "qatarcentral"), "an abandoned load keeps nothing");
    assertRefused(platform.post(base + "/pages", operator, sheet(List.of())), 404);
    assertRefused(platform.get("/v1/admin/priceSheetLoads/not-a-number", operator), 404);
    assertRefused(platform.post("/v1/admin/priceSheetLoads", partner, ""), 403);
    assertRefused(platform.post("/v1/admin/priceSheets", operator, "this is not JSON"), 400);
  }

  /** More open loads than the catalog's pool has connections (4 here), idle: they hold none, and the catalog answers. */
  @Test
  void idleLoadsHoldNoConnectionAndAreCappedPerNode() throws Exception {
    long alreadyOpen = platform.get("/v1/admin/priceSheetLoads", operator).items().stream().filter(l -> "open".equals(l.getString("status")))
        .count();
    List<String> idle = new ArrayList<>();
    for (long i = alreadyOpen; i < 8; i++) {
      TestPlatform.Reply opened = platform.post("/v1/admin/priceSheetLoads?name=idle-" + i, operator, "");
      assertEquals(201, opened.status(), opened::toString);
      String base = "/v1/admin/priceSheetLoads/" + opened.json().getLong("id");
      assertEquals(200, platform.post(base + "/pages", operator, sheet(List.of(reservation("Standard_D2s_v5", "swedencentral", "1 Year",
          500 + i)))).status());
      idle.add(base);
    }
    try {
      JsonObject refused = assertRefused(platform.post("/v1/admin/priceSheetLoads?name=one-too-many", operator, ""), 429);
      assertTrue(refused.getString("description").contains("8 price loads are open"), refused::encode);

      // With 8 loads open and idle, the catalog's 4 connections are free for everyone else.
      assertTrue(total("") > 0);
      assertEquals(200, platform.get("/v1/products?country=US&targetView=AzureReservationsVM", partner).status());
      JsonObject any = platform.get("/v1/reservedInstances?country=US&size=1", partner).items().get(0);
      TestPlatform.Reply inventory = platform.post("/v1/extensions/product/checkInventory?country=US", partner,
          "{\"TargetItems\":[{\"ProductId\":\"" + any.getString("productId") + "\",\"SkuId\":\"" + any.getString("skuId") + "\"}]}");
      assertEquals(200, inventory.status(), inventory::toString);
      assertEquals(200, platform.get("/health/ready", null).status());

      // Another load goes on beside them, to its commit.
      assertEquals(200, platform.delete(idle.remove(0), operator).status());
      JsonObject other = platform.post("/v1/admin/priceSheetLoads?name=beside-idle", operator, "").json();
      String base = "/v1/admin/priceSheetLoads/" + other.getLong("id");
      assertEquals(200, platform.post(base + "/pages", operator, sheet(List.of(reservation("Standard_D2s_v5", "norwayeast", "1 Year", 77)))).status());
      TestPlatform.Reply committed = platform.post(base + "/commit", operator, "");
      assertEquals(200, committed.status(), committed::toString);
      assertEquals(0, new BigDecimal("77").compareTo(price("Standard_D2s_v5", "norwayeast")));
      assertEquals(null, price("Standard_D2s_v5", "swedencentral"), "nothing of the idle loads is on sale");
    } finally {
      idle.forEach(base -> platform.delete(base, operator));
    }
    assertEquals(0, platform.number("SELECT count(*) FROM catalog.price_stage WHERE load_id IN (SELECT id FROM catalog.price_load "
        + "WHERE name LIKE 'idle-%' OR name = 'beside-idle')"), "nothing staged is left of ended loads");
  }

  @Test
  void unknownLoadsAreNotFound() {
    for (String id : List.of("-1", "999999999999999999", "1234567890123456789012", "0")) {
      String base = "/v1/admin/priceSheetLoads/" + id;
      assertRefused(platform.get(base, operator), 404);
      assertRefused(platform.post(base + "/pages", operator, sheet(List.of())), 404);
      assertRefused(platform.post(base + "/commit", operator, ""), 404);
      assertRefused(platform.delete(base, operator), 404);
    }
  }

  /** A load whose node stopped (here: its address taken off the bus, as a kill -9 leaves it) is given up when asked for. */
  @Test
  void aLoadWhoseNodeStoppedIsGivenUpWhenAskedFor() throws Exception {
    long id = platform.post("/v1/admin/priceSheetLoads?name=orphan", operator, "").json().getLong("id");
    String base = "/v1/admin/priceSheetLoads/" + id;
    assertEquals(200, platform.post(base + "/pages", operator, sheet(List.of(reservation("Standard_D2s_v5", "italynorth", "1 Year", 9)))).status());
    // What a node that died leaves: the load's row says open, its rows are staged, nobody serves its address.
    platform.sql("INSERT INTO catalog.price_load (name, status, started_at, updated_at) VALUES ('dead-node', 'open', now(), now())");
    long dead = platform.number("SELECT max(id) FROM catalog.price_load WHERE name = 'dead-node'");
    JsonObject gone = assertRefused(platform.post("/v1/admin/priceSheetLoads/" + dead + "/pages", operator, sheet(List.of())), 404);
    assertTrue(gone.getString("description").contains("stopped"), gone::encode);
    assertEquals("abandoned", platform.get("/v1/admin/priceSheetLoads/" + dead, operator).json().getString("status"));
    assertEquals(200, platform.delete(base, operator).status());
  }

  @Test
  void aPageOverTheLimitIsRefusedAndLeavesNothing() {
    List<JsonObject> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(reservation("Standard_E2s_v5", "polandcentral", "1 Year", 100 + i));
    }
    String big = sheet(rows);
    assertTrue(big.length() > LIMIT);
    assertRefused(platform.post("/v1/admin/priceSheets?name=too-big", operator, big), 413);
    assertEquals(null, price("Standard_E2s_v5", "polandcentral"));
  }

  @Test
  void aSearchDuringALoadSeesAllOfItOrNoneOfIt() throws Exception {
    String[] sizes = {"Standard_D2s_v5", "Standard_D4s_v5", "Standard_D8s_v5", "Standard_D16s_v5", "Standard_E2s_v5", "Standard_E4s_v5"};
    String[] regions = {"swedencentral", "italynorth", "mexicocentral", "spaincentral", "israelcentral", "newzealandnorth"};
    List<JsonObject> rows = new ArrayList<>();
    for (String size : sizes) {
      for (String region : regions) {
        for (int day = 0; day < 60; day++) {
          rows.add(PriceSheetAdminTest.row("Reservation", size, region, "1 Year", 500 + day,
              Instant.now().minus(400 - day, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString()));
        }
      }
    }
    String query = "&armRegionName=" + String.join(",", regions);
    long before = total(query);
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    AtomicBoolean loading = new AtomicBoolean(true);
    Set<Integer> refused = ConcurrentHashMap.newKeySet();
    Thread searcher = new Thread(() -> {
      while (loading.get()) {
        TestPlatform.Reply reply = platform.get("/v1/reservedInstances?country=US" + query, partner);
        if (reply.status() == 200) {
          seen.add(reply.json().getLong("totalCount"));
        } else if (reply.status() != 429) {
          refused.add(reply.status());
        }
      }
    });
    searcher.start();
    TestPlatform.Reply loaded = platform.post("/v1/admin/priceSheets?name=during", operator, sheet(rows));
    loading.set(false);
    searcher.join();
    assertEquals(200, loaded.status(), loaded::toString);
    long after = total(query);
    assertEquals(before + sizes.length * regions.length, after, "one price in force per size and region: the latest of 60");
    assertEquals(Set.of(), refused, "searches during the load are answered");
    assertTrue(seen.size() > 0, "searches ran during the load");
    seen.removeAll(Set.of(before, after));
    assertEquals(Set.of(), seen, "no search saw part of the load");
    assertEquals(0, new BigDecimal("559").compareTo(price("Standard_D2s_v5", "swedencentral")), "the latest start date is in force");
  }

  @Test
  void deepPagesOfTheSearchEndWhereTheListEnds() {
    JsonObject first = platform.get("/v1/reservedInstances?country=US&size=7", partner).json();
    long total = first.getLong("totalCount");
    int seen = 0;
    String next = "/v1/reservedInstances?country=US&size=7";
    List<String> ids = new ArrayList<>();
    while (next != null) {
      JsonObject page = platform.get(next, partner).json();
      assertEquals(total, page.getLong("totalCount"));
      page.getJsonArray("items").forEach(i -> ids.add(((JsonObject) i).getString("catalogItemId")));
      seen += page.getJsonArray("items").size();
      JsonObject links = page.getJsonObject("links");
      next = links.containsKey("next") ? links.getJsonObject("next").getString("uri") : null;
    }
    assertEquals(total, seen, "every row once over all pages");
    assertEquals(total, ids.stream().distinct().count());
  }
}
