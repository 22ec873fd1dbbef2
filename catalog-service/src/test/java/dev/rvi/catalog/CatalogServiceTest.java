package dev.rvi.catalog;

import static dev.rvi.catalog.Answers.ask;
import static dev.rvi.catalog.Answers.document;
import static dev.rvi.catalog.Answers.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.catalog.pricelist.PriceBooks;
import dev.rvi.catalog.search.CatalogIndex;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.CatalogItemLookup;
import dev.rvi.domain.catalog.CatalogQuery;
import dev.rvi.domain.catalog.GroupPriceQuery;
import dev.rvi.domain.catalog.GroupPrices;
import dev.rvi.domain.catalog.InventoryCheck;
import dev.rvi.domain.catalog.PriceLoadRef;
import dev.rvi.domain.catalog.PriceLoadState;
import dev.rvi.domain.catalog.PriceSheetReport;
import dev.rvi.domain.catalog.PriceSheetSender;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.notification.EventsRecorded;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog on its own: a real Postgres, a local event bus, and a fake of the one service it tells (the notification
 * service, which takes the operator's events). The bundled sample sheet is in force from 2026-01-01; a second load
 * changes one price from 2026-06-01. The clock stands at 2026-03-15.
 */
class CatalogServiceTest {
  private static final Caller OPERATOR = new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR));
  private static final Caller PARTNER = new Caller("contoso-tenant", "alice", Set.of(Role.ADMIN_AGENT));
  private static final MovableClock CLOCK = new MovableClock(Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));
  private static final List<PartnerEvent> EVENTS = new CopyOnWriteArrayList<>();
  private static ServiceTestBed bed;
  private static BusClient bus;
  private static PriceSheetSender sender;

  /** The notification service as the catalog sees it: it takes the events of the catalog's outbox. */
  static final class FakeNotification extends ServiceVerticle {
    FakeNotification() {
      super(Address.NOTIFICATION, "notification");
    }

    @Override
    protected void registerActions() {
      onPlatform(NotificationContract.RECORD_EVENTS, (r, batch) -> {
        EVENTS.addAll(batch.events());
        return Future.succeededFuture(new EventsRecorded(batch.events().size()));
      });
    }
  }

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("catalog");
    bus = bed.bus;
    sender = new PriceSheetSender(bus);
    CatalogService service = new CatalogService();
    service.prepare(bed.vertx, bed.pool).await(30, TimeUnit.SECONDS);
    bed.deploy(new FakeNotification());
    bed.deploy(new CatalogVerticle(bed.pool, CLOCK, new CatalogConfig(50, 8), service.reference(), new CatalogIndex(bed.pool, CLOCK), new PriceBooks(bed.pool)));
    try (InputStream sample = CatalogServiceTest.class.getResourceAsStream("/catalog/sample-price-sheet.json")) {
      PriceSheetReport report = ask(sender.sendWhole("sample", Buffer.buffer(sample.readAllBytes()), OPERATOR, "test"));
      assertEquals(840 + 560, report.rowsLoaded(), "each PAYG price with its two savings-plan rates");
    }
    ask(sender.sendWhole("june", Buffer.buffer(sheet(reservation("Standard_D2s_v5", "eastus", "1 Year", "400.00", "2026-06-01"))),
        OPERATOR, "test"));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  static JsonObject reservation(String sku, String region, String term, String price, String start) {
    return new JsonObject().put("currencyCode", "USD").put("armSkuName", sku).put("armRegionName", region).put("type", "Reservation")
        .put("reservationTerm", term).put("unitPrice", new BigDecimal(price)).put("retailPrice", new BigDecimal(price))
        .put("effectiveStartDate", start).put("serviceName", "Virtual Machines").put("productName", "Virtual Machines Dsv5 Series")
        .put("skuName", "D2s v5").put("unitOfMeasure", "1 Hour");
  }

  static String sheet(JsonObject... rows) {
    return new JsonObject().put("BillingCurrency", "USD").put("Items", new JsonArray(List.of((Object[]) rows))).encode();
  }

  private static JsonObject search(String region, String series) throws Exception {
    ReservedInstanceSearch q = new ReservedInstanceSearch("US", List.of(region), series == null ? List.of() : List.of(series), null, null,
        null, null, null, null, 100, 0, "/v1/reservedInstances?country=US", null, false);
    return new JsonObject(ask(bus.ask(CatalogContract.SEARCH_RESERVED_INSTANCES, q, PARTNER, "test")).json());
  }

  private static long staged(long loadId) throws Exception {
    return bed.pool.preparedQuery("SELECT count(*) FROM catalog.price_stage WHERE load_id = $1").execute(Tuple.of(loadId))
        .await(30, TimeUnit.SECONDS).iterator().next().getLong(0);
  }

  private static String productId() throws Exception {
    JsonArray products = document(bus.ask(CatalogContract.LIST_PRODUCTS, CatalogQuery.of("US", null, null), PARTNER, "t"))
        .getJsonArray("items");
    return products.stream().map(p -> (JsonObject) p).filter(p -> p.getString("series").equals("Dsv5 Series")).findFirst().orElseThrow()
        .getString("id");
  }

  @Test
  void aLoadIsStagedOutOfSightAndInForceAtItsCommitOnly() throws Exception {
    PriceLoadState open = ask(sender.open("uae", OPERATOR, "test"));
    PriceLoadState page = ask(sender.part(open.id(), Buffer.buffer(sheet(reservation("Standard_D2s_v5", "uaenorth", "1 Year", "111.11",
        "2026-03-01"))), true, OPERATOR, "test"));
    assertEquals(1, page.pages());
    assertEquals(1, page.rowsLoaded());
    assertEquals(1, staged(open.id()), "the page waits in the stage under its load");
    assertEquals(0, search("uaenorth", null).getLong("totalCount"), "nothing of an open load is visible");

    PriceSheetReport report = ask(sender.commit(open.id(), OPERATOR, "test"));
    assertEquals(1, report.rowsLoaded());
    assertEquals(0, staged(open.id()), "the stage is cleared at the commit");
    assertEquals(1, search("uaenorth", null).getLong("totalCount"));
    assertEquals("committed", ask(bus.ask(CatalogContract.GET_PRICE_LOAD, new PriceLoadRef(open.id()), OPERATOR, "test")).status());
    for (int i = 0; i < 100 && EVENTS.stream().noneMatch(e -> e.data().contains("\"uae\"")); i++) {
      Thread.sleep(100);
    }
    PartnerEvent loaded = EVENTS.stream().filter(e -> e.data().contains("\"uae\"")).findFirst().orElseThrow();
    assertEquals(EventTypes.PRICE_SHEET_LOADED, loaded.type());
  }

  @Test
  void aRowRepeatedInOneLoadIsADuplicateInItsBatchOrInAnEarlierOne() throws Exception {
    PriceLoadState open = ask(sender.open("twice", OPERATOR, "test"));
    JsonObject row = reservation("Standard_D4s_v5", "canadacentral", "3 Years", "2000", "2026-03-01");
    PriceLoadState first = ask(sender.part(open.id(), Buffer.buffer(sheet(row, row)), true, OPERATOR, "test"));
    assertEquals(1, first.rowsLoaded());
    assertEquals(1, first.rowsRejected());
    PriceLoadState second = ask(sender.part(open.id(), Buffer.buffer(sheet(row)), true, OPERATOR, "test"));
    assertEquals(2, second.pages());
    assertEquals(2, second.rowsRejected());
    PriceSheetReport report = ask(sender.commit(open.id(), OPERATOR, "test"));
    assertEquals(List.of("duplicate of row 0 (same size, region, type, term and start date)",
        "duplicate of an earlier row of this load (same size, region, type, term and start date)"),
        report.rejected().stream().map(PriceSheetReport.RowProblem::reason).toList());
    assertEquals(1, search("canadacentral", null).getLong("totalCount"));
  }

  @Test
  void anAbandonedLoadLeavesNothingAndTakesNoMorePages() throws Exception {
    PriceLoadState open = ask(sender.open("given up", OPERATOR, "test"));
    String page = sheet(reservation("Standard_D2s_v5", "japaneast", "1 Year", "300", "2026-03-01"));
    ask(sender.part(open.id(), Buffer.buffer(page), true, OPERATOR, "test"));
    assertEquals("abandoned", ask(sender.abandon(open.id(), OPERATOR, "test")).status());
    assertEquals(0, staged(open.id()));
    assertEquals(0, search("japaneast", null).getLong("totalCount"));
    assertEquals(404, refusal(sender.part(open.id(), Buffer.buffer(page), true, OPERATOR, "test")));
    assertEquals(403, refusal(sender.open("not an operator", PARTNER, "test")));
  }

  @Test
  void productsSkusAndAvailabilitiesAreReadInOneMarket() throws Exception {
    String productId = productId();
    JsonObject product = document(bus.ask(CatalogContract.GET_PRODUCT, CatalogQuery.of("US", productId, null), PARTNER, "t"));
    assertEquals("Reserved VM Instance, Dsv5 Series", product.getString("title"));
    assertEquals("/v1/products/" + productId + "/skus?country=US", product.getJsonObject("links").getJsonObject("skus").getString("uri"));

    CatalogQuery firstTwo = new CatalogQuery("US", null, productId, null, 2, 0, "/v1/products/" + productId + "/skus?country=US");
    JsonObject skus = document(bus.ask(CatalogContract.LIST_SKUS, firstTwo, PARTNER, "t"));
    assertEquals(2, skus.getJsonArray("items").size());
    assertTrue(skus.getLong("totalCount") > 2);
    assertTrue(skus.getJsonObject("links").getJsonObject("next").getString("uri").contains("&continuationToken="));
    JsonObject sku = skus.getJsonArray("items").getJsonObject(0);
    assertEquals(50, sku.getInteger("maximumQuantity"));
    assertEquals("Dsv5 Series", sku.getJsonObject("dynamicAttributes").getString("instanceFlexibilityGroup"));

    String skuId = sku.getString("id");
    assertEquals(skuId, document(bus.ask(CatalogContract.GET_SKU, CatalogQuery.of("US", productId, skuId), PARTNER, "t")).getString("id"));
    JsonObject availability = document(bus.ask(CatalogContract.LIST_AVAILABILITIES, CatalogQuery.of("US", productId, skuId), PARTNER, "t"))
        .getJsonArray("items").getJsonObject(0);
    assertEquals(productId + ":" + skuId + ":" + availability.getString("id"), availability.getString("catalogItemId"));
    assertEquals("USD", availability.getString("currencyCode"));
    assertTrue(availability.getBoolean("isPurchasable"));

    assertEquals(400, refusal(bus.ask(CatalogContract.LIST_PRODUCTS, CatalogQuery.of("XX", null, null), PARTNER, "t")));
    assertEquals(404, refusal(bus.ask(CatalogContract.GET_PRODUCT, CatalogQuery.of("US", "NOPRODUCT", null), PARTNER, "t")));
    assertEquals(404, refusal(bus.ask(CatalogContract.LIST_SKUS, CatalogQuery.of("US", "NOPRODUCT", null), PARTNER, "t")));
    assertEquals(404, refusal(bus.ask(CatalogContract.GET_SKU, CatalogQuery.of("US", productId, "NOSKU"), PARTNER, "t")));
  }

  @Test
  void anInventoryCheckNamesTheRegionAndTheMarketThatRestrictASku() throws Exception {
    String productId = productId();
    InventoryCheck inEastUs = new InventoryCheck("US", List.of(new InventoryCheck.Item(productId, null)), Map.of("armRegionName", "eastus"));
    JsonArray checked = new JsonArray(ask(bus.ask(CatalogContract.CHECK_INVENTORY, inEastUs, PARTNER, "t")).json());
    assertTrue(checked.size() > 1, "a product named alone stands for each of its SKUs");
    long unrestricted = checked.stream().map(i -> (JsonObject) i).filter(i -> !i.getBoolean("isRestricted")).count();
    JsonObject restricted = checked.stream().map(i -> (JsonObject) i).filter(i -> i.getBoolean("isRestricted")).findFirst().orElseThrow();
    assertTrue(unrestricted > 0);
    assertEquals("RegionNotAllowed", restricted.getJsonArray("restrictions").getJsonObject(0).getString("reasonCode"));

    InventoryCheck inBrazil = new InventoryCheck("BR", List.of(new InventoryCheck.Item(productId, null)), Map.of());
    JsonObject item = new JsonArray(ask(bus.ask(CatalogContract.CHECK_INVENTORY, inBrazil, PARTNER, "t")).json()).getJsonObject(0);
    assertEquals("MarketNotServed", item.getJsonArray("restrictions").getJsonObject(0).getString("reasonCode"));
    assertEquals(400, refusal(bus.ask(CatalogContract.CHECK_INVENTORY,
        new InventoryCheck("US", List.of(new InventoryCheck.Item(productId, null)), Map.of("armRegionName", "moon")), PARTNER, "t")));
  }

  @Test
  void aCatalogItemIsPricedAtTheMomentAskedFromTheSnapshotOrTheDatabase() throws Exception {
    JsonObject d2 = search("eastus", "Dsv5 Series").getJsonArray("items").stream().map(i -> (JsonObject) i)
        .filter(i -> i.getString("armSkuName").equals("Standard_D2s_v5") && i.getString("term").equals("P1Y")).findFirst().orElseThrow();
    String itemId = d2.getString("catalogItemId");
    CatalogItem now = ask(bus.ask(CatalogContract.RESOLVE_CATALOG_ITEM, new CatalogItemLookup(itemId, "US", null), PARTNER, "t"));
    assertEquals(0, new BigDecimal("496.17").compareTo(now.unitPrice()));
    assertEquals("East US", now.location());
    CatalogItem july = ask(bus.ask(CatalogContract.RESOLVE_CATALOG_ITEM,
        new CatalogItemLookup(itemId, "US", Instant.parse("2026-07-01T00:00:00Z")), PARTNER, "t"));
    assertEquals(0, new BigDecimal("400").compareTo(july.unitPrice()), "the snapshot holds until June; July is read from the database");
    assertEquals(now.catalogItemId(), july.catalogItemId());
    String otherAvailability = itemId.substring(0, itemId.lastIndexOf(':') + 1) + "NOTTHEONE";
    assertEquals(404, refusal(bus.ask(CatalogContract.RESOLVE_CATALOG_ITEM, new CatalogItemLookup(otherAvailability, "US", null), PARTNER, "t")));
    assertEquals(400, refusal(bus.ask(CatalogContract.RESOLVE_CATALOG_ITEM, new CatalogItemLookup("no-colons", "US", null), PARTNER, "t")));
  }

  @Test
  void groupPricesArePerUnitOfRatioOneOfTheGroupsSmallestSize() throws Exception {
    GroupPrices prices = ask(bus.ask(CatalogContract.GROUP_PRICES, new GroupPriceQuery("US", "eastus", "dsv5 series", Term.P1Y), PARTNER, "t"));
    assertEquals("Standard_D2s_v5", prices.armSkuName());
    assertEquals(0, new BigDecimal("496.17").compareTo(prices.reservationPricePerUnit().multiply(prices.ratio(), MathContext.DECIMAL64)));
    assertTrue(prices.purchasable());
    GroupPrices brazil = ask(bus.ask(CatalogContract.GROUP_PRICES, new GroupPriceQuery("BR", "eastus", "Dsv5 Series", Term.P1Y), PARTNER, "t"));
    assertFalse(brazil.purchasable());
    assertEquals(404, refusal(bus.ask(CatalogContract.GROUP_PRICES, new GroupPriceQuery("US", "eastus", "No Series", Term.P1Y), PARTNER, "t")));
  }

  @Test
  void theSearchComparesWithPayAsYouGoOverTheTerm() throws Exception {
    JsonObject found = search("eastus", "Dsv5");
    assertTrue(found.getLong("totalCount") > 0);
    for (Object o : found.getJsonArray("items")) {
      JsonObject item = (JsonObject) o;
      assertEquals("Dsv5 Series", item.getString("series"));
      assertEquals("eastus", item.getString("armRegionName"));
      assertTrue(item.getValue("savingsPercent") != null, item::encode);
    }
    assertNull(found.getJsonObject("links").getJsonObject("next"));
  }
}
