package dev.rvi.catalog;

import static dev.rvi.catalog.Answers.ask;
import static dev.rvi.catalog.Answers.document;
import static dev.rvi.catalog.Answers.refusal;
import static dev.rvi.catalog.Answers.refusalText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.catalog.pricelist.PriceBooks;
import dev.rvi.catalog.search.CatalogIndex;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogItemLookup;
import dev.rvi.domain.catalog.CatalogQuery;
import dev.rvi.domain.catalog.PriceSheetReport;
import dev.rvi.domain.catalog.PriceSheetSender;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.SavingsPlanRateQuery;
import dev.rvi.domain.catalog.SavingsPlanRates;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The savings plan for compute in the catalog, on a real Postgres and the local bus. The bundled sample sheet (in force
 * from 2026-01-01) lists each PAYG price's savings-plan rates as the Retail Prices API does; the clock stands at
 * 2026-03-15. Market XE buys in EUR, a currency without any price, so nothing of the plan is sold there.
 */
class SavingsPlanCatalogTest {
  private static final Caller OPERATOR = new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR));
  private static final Caller PARTNER = new Caller("contoso-tenant", "alice", Set.of(Role.ADMIN_AGENT));
  private static final MovableClock CLOCK = new MovableClock(Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));
  private static final String ONE_YEAR = "DZH318Z09V6F:0001:DZH318Z0BLD3";
  private static ServiceTestBed bed;
  private static BusClient bus;
  private static PriceSheetSender sender;

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("catalog");
    bus = bed.bus;
    sender = new PriceSheetSender(bus);
    CatalogService service = new CatalogService();
    service.prepare(bed.vertx, bed.pool).await(30, TimeUnit.SECONDS);
    bed.pool.query("INSERT INTO catalog.market (country, name, currency, offer_available) VALUES ('XE', 'Euroland', 'EUR', true)")
        .execute().await(30, TimeUnit.SECONDS);
    bed.deploy(new CatalogServiceTest.FakeNotification());
    bed.deploy(new CatalogVerticle(bed.pool, CLOCK, new CatalogConfig(50, 8), service.reference(), new CatalogIndex(bed.pool, CLOCK), new PriceBooks(bed.pool)));
    try (InputStream sample = SavingsPlanCatalogTest.class.getResourceAsStream("/catalog/sample-price-sheet.json")) {
      PriceSheetReport report = ask(sender.sendWhole("sample", Buffer.buffer(sample.readAllBytes()), OPERATOR, "test"));
      assertEquals(840, report.rowsRead(), "an item with its savings-plan rates is one row read");
      assertEquals(840 + 560, report.rowsLoaded(), "each PAYG price with its two savings-plan rates");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  private static CatalogQuery query(String country, String targetView, String productId, String skuId) {
    return new CatalogQuery(country, targetView, productId, skuId, 100, 0, "/v1/products?country=" + country);
  }

  private static JsonObject item(String type, String sku, String region, String term, String price) {
    JsonObject item = new JsonObject().put("currencyCode", "USD").put("armSkuName", sku).put("armRegionName", region).put("type", type)
        .put("unitPrice", new BigDecimal(price)).put("retailPrice", new BigDecimal(price)).put("effectiveStartDate", "2026-02-01")
        .put("serviceName", "Virtual Machines").put("productName", "Virtual Machines Dsv5 Series").put("unitOfMeasure", "1 Hour");
    return term == null ? item : item.put(type.equals("Reservation") ? "reservationTerm" : "term", term);
  }

  private static JsonObject plan(String term, String price) {
    return new JsonObject().put("unitPrice", new BigDecimal(price)).put("retailPrice", new BigDecimal(price)).put("term", term);
  }

  private static PriceSheetReport load(String name, JsonObject... items) throws Exception {
    String sheet = new JsonObject().put("Items", new JsonArray(List.of((Object[]) items))).encode();
    return ask(sender.sendWhole(name, Buffer.buffer(sheet), OPERATOR, "test"));
  }

  private static JsonObject row(String sku, String region, Term term) throws Exception {
    ReservedInstanceSearch q = new ReservedInstanceSearch("US", List.of(region), null, List.of(sku), term, null, null, null, null, 10, 0,
        "/v1/reservedInstances?country=US", null, false);
    JsonArray items = new JsonObject(ask(bus.ask(CatalogContract.SEARCH_RESERVED_INSTANCES, q, PARTNER, "t")).json()).getJsonArray("items");
    assertEquals(1, items.size(), items::encode);
    return items.getJsonObject(0);
  }

  private static SavingsPlanRates rates(String country, List<String> regions, List<String> sizes, Term term) throws Exception {
    return ask(bus.ask(CatalogContract.SAVINGS_PLAN_RATES, new SavingsPlanRateQuery(country, regions, sizes, term, null), PARTNER, "t"));
  }

  private static void assertDecimal(String expected, Object actual) {
    assertDecimal(expected, actual, "");
  }

  private static void assertDecimal(String expected, Object actual, String why) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))), () -> expected + " but was " + actual + " " + why);
  }

  @Test
  void theProductIsListedInTheViewOfEveryAzureItemWhereItIsSold() throws Exception {
    JsonArray azure = document(bus.ask(CatalogContract.LIST_PRODUCTS, query("US", "Azure", null, null), PARTNER, "t")).getJsonArray("items");
    assertEquals(11, azure.size(), "the 10 series and the savings plan");
    JsonObject product = azure.getJsonObject(10);
    assertEquals(SavingsPlanProduct.PRODUCT_ID, product.getString("id"));
    assertEquals("Azure savings plan", product.getString("title"));
    assertEquals(new JsonObject().put("id", "Azure").put("displayName", "Azure")
        .put("subType", new JsonObject().put("id", "SavingsPlan").put("displayName", "SavingsPlan")), product.getJsonObject("productType"));
    assertEquals("/v1/products/DZH318Z09V6F/skus?country=US", product.getJsonObject("links").getJsonObject("skus").getString("uri"));
    assertEquals("Product", product.getJsonObject("attributes").getString("objectType"));
    assertEquals(product, document(bus.ask(CatalogContract.GET_PRODUCT, query("US", null, "DZH318Z09V6F", null), PARTNER, "t")));

    JsonArray reservations = document(bus.ask(CatalogContract.LIST_PRODUCTS, query("US", "AzureReservationsVM", null, null), PARTNER, "t"))
        .getJsonArray("items");
    assertEquals(10, reservations.size(), "the reservations' view lists the series only");
    assertEquals(10, document(bus.ask(CatalogContract.LIST_PRODUCTS, query("US", null, null, null), PARTNER, "t")).getJsonArray("items").size());

    assertEquals(0, document(bus.ask(CatalogContract.LIST_PRODUCTS, query("XE", "Azure", null, null), PARTNER, "t"))
        .getJsonArray("items").size(), "no price in EUR: neither reservations nor the plan");
    assertEquals(404, refusal(bus.ask(CatalogContract.GET_PRODUCT, query("XE", null, "DZH318Z09V6F", null), PARTNER, "t")));
    assertEquals(400, refusal(bus.ask(CatalogContract.GET_PRODUCT, query("XX", null, "DZH318Z09V6F", null), PARTNER, "t")));
  }

  @Test
  void aSkuPerTermWithItsSmallestHourlyCommitment() throws Exception {
    JsonObject skus = document(bus.ask(CatalogContract.LIST_SKUS, query("US", null, "DZH318Z09V6F", null), PARTNER, "t"));
    assertEquals(2, skus.getLong("totalCount"));
    JsonObject oneYear = skus.getJsonArray("items").getJsonObject(0);
    assertEquals("0001", oneYear.getString("id"));
    assertEquals("DZH318Z09V6F", oneYear.getString("productId"));
    assertEquals("Compute savings plan, 1 Year", oneYear.getString("title"));
    assertEquals(new JsonObject().put("grain", "Hourly").put("currencyCode", new JsonObject().put("code", "USD").put("symbol", "$"))
        .put("amount", "0.001"), oneYear.getJsonObject("minimumPurchaseCommitment"));
    assertEquals(new JsonArray().add("one_time").add("monthly"), oneYear.getJsonArray("supportedBillingCycles"));
    assertEquals(new JsonObject().put("isMicrosoftProduct", true).put("armSkuName", "Compute_Savings_Plan").put("duration", "1year")
        .put("termDuration", "P1Y"), oneYear.getJsonObject("dynamicAttributes"));
    assertEquals("/v1/products/DZH318Z09V6F/skus/0001/availabilities?country=US",
        oneYear.getJsonObject("links").getJsonObject("availabilities").getString("uri"));
    JsonObject threeYears = document(bus.ask(CatalogContract.GET_SKU, query("US", null, "DZH318Z09V6F", "0002"), PARTNER, "t"));
    assertEquals("Compute savings plan, 3 Years", threeYears.getString("title"));
    assertEquals("3years", threeYears.getJsonObject("dynamicAttributes").getString("duration"));
    assertEquals("P3Y", threeYears.getJsonObject("dynamicAttributes").getString("termDuration"));

    JsonObject availability = document(bus.ask(CatalogContract.LIST_AVAILABILITIES, query("US", null, "DZH318Z09V6F", "0001"), PARTNER, "t"))
        .getJsonArray("items").getJsonObject(0);
    assertEquals("DZH318Z0BLD3", availability.getString("id"));
    assertEquals(ONE_YEAR, availability.getString("catalogItemId"));
    assertEquals(new JsonArray().add(new JsonObject().put("duration", "P1Y").put("description", "1year")), availability.getJsonArray("terms"));
    assertEquals(oneYear.getJsonObject("minimumPurchaseCommitment"), availability.getJsonObject("minimumPurchaseCommitment"));
    assertTrue(availability.getBoolean("isPurchasable"));
    assertEquals("DZH318Z09V6F:0002:DZH318Z0BLD4", document(bus.ask(CatalogContract.LIST_AVAILABILITIES,
        query("US", null, "DZH318Z09V6F", "0002"), PARTNER, "t")).getJsonArray("items").getJsonObject(0).getString("catalogItemId"));
    assertFalse(document(bus.ask(CatalogContract.LIST_AVAILABILITIES, query("BR", null, "DZH318Z09V6F", "0001"), PARTNER, "t"))
        .getJsonArray("items").getJsonObject(0).getBoolean("isPurchasable"), "browsed where the offer is not sold, not bought");

    assertEquals(404, refusal(bus.ask(CatalogContract.GET_SKU, query("US", null, "DZH318Z09V6F", "0003"), PARTNER, "t")));
    assertEquals(404, refusal(bus.ask(CatalogContract.LIST_AVAILABILITIES, query("US", null, "DZH318Z09V6F", "0003"), PARTNER, "t")));
    assertEquals(404, refusal(bus.ask(CatalogContract.LIST_SKUS, query("XE", null, "DZH318Z09V6F", null), PARTNER, "t")));
    assertEquals(404, refusal(bus.ask(CatalogContract.GET_SKU, query("XE", null, "DZH318Z09V6F", "0001"), PARTNER, "t")));
  }

  @Test
  void theOrderServiceResolvesAPlanOnlyWhereAndWhenItsTermIsSold() throws Exception {
    SavingsPlanItem plan = ask(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN, new CatalogItemLookup(ONE_YEAR, "us", null), PARTNER, "t"));
    assertEquals(new SavingsPlanItem(ONE_YEAR, "DZH318Z09V6F", "0001", "DZH318Z0BLD3", Term.P1Y, "USD", new BigDecimal("0.001"),
        new BigDecimal("0.001"), true, "US"), plan);
    SavingsPlanItem brazil = ask(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN,
        new CatalogItemLookup("DZH318Z09V6F:0002:DZH318Z0BLD4", "BR", null), PARTNER, "t"));
    assertEquals(Term.P3Y, brazil.term());
    assertFalse(brazil.purchasable(), "sold where reservations are: not in Brazil");

    assertEquals(404, refusal(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN, new CatalogItemLookup(ONE_YEAR, "XE", null), PARTNER, "t")));
    assertTrue(refusalText(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN, new CatalogItemLookup(ONE_YEAR, "XE", null), PARTNER, "t"))
        .contains("is not sold in XE"));
    assertEquals(404, refusal(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN,
        new CatalogItemLookup(ONE_YEAR, "US", Instant.parse("2025-12-31T23:00:00Z")), PARTNER, "t")), "before any rate was in force");
    String reservation = row("Standard_D2s_v5", "eastus", Term.P1Y).getString("catalogItemId");
    assertTrue(refusalText(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN, new CatalogItemLookup(reservation, "US", null), PARTNER, "t"))
        .contains("is not a savings plan"));
    assertEquals(404, refusal(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN,
        new CatalogItemLookup("DZH318Z09V6F:0001:DZH318Z0BLD4", "US", null), PARTNER, "t")), "the other term's availability");
    assertEquals(404, refusal(bus.ask(CatalogContract.RESOLVE_CATALOG_ITEM, new CatalogItemLookup(ONE_YEAR, "US", null), PARTNER, "t")),
        "not a reservation either");
    assertEquals(400, refusal(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN, new CatalogItemLookup("DZH318Z09V6F", "US", null), PARTNER, "t")));
    assertEquals(400, refusal(bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN, new CatalogItemLookup(ONE_YEAR, "XX", null), PARTNER, "t")));
  }

  @Test
  void theSearchShowsThePlanOfTheSameTermBesideEachReservation() throws Exception {
    JsonObject oneYear = row("Standard_D2s_v5", "eastus", Term.P1Y);
    // Sample: PAYG 0.096/h; the plan 72 % of it for 2 vCPUs, 0.0691/h, x 8760 h = 605.32 against 840.96 PAYG: 28.02 % saved.
    JsonObject plan = oneYear.getJsonObject("savingsPlan");
    assertDecimal("0.0691", plan.getValue("hourlyRate"));
    assertDecimal("605.32", plan.getValue("price"));
    assertDecimal("28.02", plan.getValue("savingsPercent"));
    assertDecimal("41.00", oneYear.getValue("savingsPercent"), "the reservation saves more than the plan");
    JsonObject threeYears = row("Standard_D2s_v5", "eastus", Term.P3Y).getJsonObject("savingsPlan");
    assertDecimal("0.0528", threeYears.getValue("hourlyRate"));
    assertDecimal("1387.58", threeYears.getValue("price"));
    assertDecimal("45.00", threeYears.getValue("savingsPercent"));
    JsonObject large = row("Standard_D16s_v5", "eastus", Term.P1Y).getJsonObject("savingsPlan");
    assertDecimal("35.00", large.getValue("savingsPercent"), "16 vCPUs at 65 % of PAYG");

    load("no plan in brazil", item("Reservation", "Standard_D2s_v5", "brazilsouth", "1 Year", "700"),
        item("Consumption", "Standard_D2s_v5", "brazilsouth", null, "0.15"));
    JsonObject withoutPlan = row("Standard_D2s_v5", "brazilsouth", Term.P1Y);
    assertTrue(withoutPlan.containsKey("savingsPlan") && withoutPlan.getValue("savingsPlan") == null, withoutPlan::encode);
    assertDecimal("1314.00", withoutPlan.getValue("payAsYouGoPrice"));
  }

  @Test
  void savingsPlanRowsLoadFromTheRetailShapeAndAsRowsOfTheirOwn() throws Exception {
    JsonObject payg = item("Consumption", "Standard_D2s_v5", "japaneast", null, "0.12")
        .put("savingsPlan", new JsonArray().add(plan("3 Years", "0.06")).add(plan("1 Year", "0.084")));
    JsonObject explicit = item("SavingsPlan", "Standard_D4s_v5", "japaneast", "1 Year", "0.168");
    JsonObject badTerm = item("Consumption", "Standard_D8s_v5", "japaneast", null, "0.48")
        .put("savingsPlan", new JsonArray().add(plan("2 Years", "0.3")));
    JsonObject notAnArray = item("Consumption", "Standard_D16s_v5", "japaneast", null, "0.96").put("savingsPlan", "cheap");
    JsonObject windows = item("SavingsPlan", "Standard_D4s_v5", "japaneast", "3 Years", "0.2")
        .put("productName", "Virtual Machines Dsv5 Series Windows");
    PriceSheetReport report = load("japan", payg, explicit, badTerm, notAnArray, windows,
        item("Reservation", "Standard_D2s_v5", "japaneast", "1 Year", "600"), item("Reservation", "Standard_D4s_v5", "japaneast", "1 Year", "1200"));
    assertEquals(7, report.rowsRead());
    assertEquals(1 + 2 + 1 + 2, report.rowsLoaded(), "a PAYG price with its two rates, a rate of its own, two reservations");
    assertEquals(1, report.rowsSkipped(), "the Windows rate");
    assertEquals(List.of("savingsPlan[0]: term 2 Years is not sold; expected 1 Year or 3 Years",
        "savingsPlan must be an array of at most 8 objects {term, unitPrice}"),
        report.rejected().stream().map(PriceSheetReport.RowProblem::reason).toList(), "the whole item, its PAYG price too");

    List<String> stored = new ArrayList<>();
    for (Row r : bed.pool.preparedQuery("SELECT arm_sku_name, term, unit_price FROM catalog.price WHERE price_type = 'SavingsPlan' "
        + "AND arm_region_name = $1 ORDER BY arm_sku_name, term").execute(Tuple.of("japaneast")).await(30, TimeUnit.SECONDS)) {
      stored.add(r.getString(0) + " " + r.getString(1) + " " + r.getBigDecimal(2).stripTrailingZeros().toPlainString());
    }
    assertEquals(List.of("Standard_D2s_v5 P1Y 0.084", "Standard_D2s_v5 P3Y 0.06", "Standard_D4s_v5 P1Y 0.168"), stored);
    assertDecimal("0.084", row("Standard_D2s_v5", "japaneast", Term.P1Y).getJsonObject("savingsPlan").getValue("hourlyRate"));
    assertDecimal("0.168", row("Standard_D4s_v5", "japaneast", Term.P1Y).getJsonObject("savingsPlan").getValue("hourlyRate"));

    PriceSheetReport again = load("japan again", payg);
    assertEquals(3, again.rowsLoaded(), "a later sheet of the same date supersedes the rates as it does prices");
    PriceSheetReport twice = load("japan twice", payg.copy().put("savingsPlan", new JsonArray().add(plan("1 Year", "0.08"))
        .add(plan("1 Year", "0.07"))));
    assertEquals(List.of("duplicate of row 0 (same size, region, type, term and start date)"),
        twice.rejected().stream().map(PriceSheetReport.RowProblem::reason).toList());
  }

  @Test
  void ratesPerSizeAndRegionForTheUsageService() throws Exception {
    SavingsPlanRates eastus = rates("US", List.of("eastus"), null, Term.P1Y);
    assertEquals("USD", eastus.currencyCode());
    assertEquals(Term.P1Y, eastus.term());
    assertEquals(40, eastus.rates().size(), "every size sold PAYG in East US");
    SavingsPlanRates.Rate d2 = eastus.rates().stream().filter(r -> r.armSkuName().equals("Standard_D2s_v5")).findFirst().orElseThrow();
    assertEquals("eastus", d2.armRegionName());
    assertDecimal("0.096", d2.paygHourly());
    assertDecimal("0.0691", d2.savingsPlanHourly());

    SavingsPlanRates bySize = rates("US", null, List.of("standard_d2s_v5", "Standard_E8s_v5"), Term.P3Y);
    assertEquals(14, bySize.rates().size(), "two sizes in the sample's 7 regions");
    assertTrue(bySize.rates().stream().allMatch(r -> r.savingsPlanHourly() != null && r.savingsPlanHourly().compareTo(r.paygHourly()) < 0));
    SavingsPlanRates both = rates("US", List.of("westeurope"), List.of("Standard_D2s_v5"), Term.P3Y);
    assertEquals(1, both.rates().size());
    assertDecimal("0.0591", both.rates().get(0).savingsPlanHourly());

    load("no plan in canada", item("Consumption", "Standard_D2s_v5", "canadacentral", null, "0.1"));
    assertNull(rates("US", List.of("canadacentral"), null, Term.P1Y).rates().get(0).savingsPlanHourly(), "PAYG only: no plan rate");
    assertEquals(List.of(), rates("XE", List.of("eastus"), null, Term.P1Y).rates(), "no EUR prices");

    assertEquals(400, refusal(bus.ask(CatalogContract.SAVINGS_PLAN_RATES, new SavingsPlanRateQuery("US", null, null, Term.P1Y, null),
        PARTNER, "t")), "a region or a size is named");
    assertEquals(400, refusal(bus.ask(CatalogContract.SAVINGS_PLAN_RATES, new SavingsPlanRateQuery("US", List.of("moon"), null, Term.P1Y,
        null), PARTNER, "t")));
    assertEquals(400, refusal(bus.ask(CatalogContract.SAVINGS_PLAN_RATES, new SavingsPlanRateQuery("US", List.of("eastus"), null, null,
        null), PARTNER, "t")));
    assertEquals(400, refusal(bus.ask(CatalogContract.SAVINGS_PLAN_RATES, new SavingsPlanRateQuery("XX", List.of("eastus"), null, Term.P1Y,
        null), PARTNER, "t")));
  }
}
