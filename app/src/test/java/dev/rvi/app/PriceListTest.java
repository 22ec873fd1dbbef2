package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Price lists over HTTP: a provider's markup to its resellers and a reseller's to its customers, each tier seeing its
 * own cost and price (never the tier above's), the customer view, fixed prices and the most specific rule, the rounding
 * rule (half-even, once per tier), the refusals (each naming its field, changing nothing), the access matrix, versions,
 * history, events and the preview.
 */
class PriceListTest {
  private static TestPlatform platform;
  private static String fabrikam;
  private static String northwind;
  private static String contoso;
  private static final String NORTHWIND_ID = DemoData.NORTHWIND.id();
  private static final String TAILSPIN_ID = DemoData.TAILSPIN.id();
  private static final String DATUM = DemoCustomers.DATUM.id();
  /** Loaded for this test only: nothing else in the demo is priced in westus3 for three years. */
  private static final String SIZE = "Standard_D4s_v5";
  private static final String REGION = "westus3";
  private static final String ITEM_QUERY = "/v1/reservedInstances?country=US&armSkuName=" + SIZE + "&armRegionName=" + REGION + "&term=P3Y";

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    northwind = platform.token(NORTHWIND_ID, "AdminAgent");
    contoso = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    platform.loadPrice(SIZE, REGION, "Reservation", "3 Years", "2345.67", platform.clock.instant().minus(Duration.ofDays(1)));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String today() {
    return LocalDate.ofInstant(platform.clock.instant(), ZoneOffset.UTC).toString();
  }

  private static JsonObject list(String name, JsonArray rules) {
    return new JsonObject().put("name", name).put("currency", "USD").put("rules", rules);
  }

  private static JsonObject rule(String percent) {
    return new JsonObject().put("percent", new BigDecimal(percent));
  }

  private static JsonObject created(String token, JsonObject body) {
    TestPlatform.Reply reply = platform.post("/v1/priceLists", token, body.encode());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  private static JsonObject assigned(String token, String listId, JsonObject assignment) {
    TestPlatform.Reply reply = platform.post("/v1/priceLists/" + listId + "/assignments", token, assignment.encode());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  private static JsonObject item(String token, String extra) {
    List<JsonObject> items = platform.get(ITEM_QUERY + extra, token).items();
    assertEquals(1, items.size(), () -> "one item for " + extra);
    return items.get(0);
  }

  private static BigDecimal money(JsonObject json, String field) {
    Object value = json.getValue(field);
    return value == null ? null : new BigDecimal(value.toString());
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  /**
   * The worked example's purchase prices: Microsoft 2,345.67; the provider +8 % gives 2,533.3236, rounded half-even to
   * 2,533.32; the reseller +15 % over that gives 2,913.318, rounded to 2,913.32.
   */
  @Test
  void eachTierSeesItsOwnCostAndPrice() {
    assertMoney("2345.67", money(item(contoso, ""), "unitPrice"));
    JsonObject provider = created(fabrikam, list("Resellers +8", new JsonArray().add(rule("8"))));
    assigned(fabrikam, provider.getString("id"), new JsonObject().put("effectiveFrom", today()));
    JsonObject reseller = created(northwind, list("Customers +15", new JsonArray().add(rule("15"))));
    assertEquals("customers", reseller.getString("audience"));
    assertEquals("resellers", provider.getString("audience"));
    assigned(northwind, reseller.getString("id"), new JsonObject().put("effectiveFrom", today()));

    JsonObject seenByReseller = item(northwind, "");
    assertMoney("2533.32", money(seenByReseller, "unitPrice"));
    assertMoney("2533.32", money(seenByReseller.getJsonObject("prices"), "cost"));
    assertMoney("2913.32", money(seenByReseller.getJsonObject("prices"), "price"));
    assertFalse(seenByReseller.encode().contains("2345.67"), "a reseller never sees Microsoft's price: " + seenByReseller);
    assertNull(seenByReseller.getJsonObject("prices").getValue("customerPrice"));

    JsonObject seenByProvider = item(fabrikam, "&resellerId=" + NORTHWIND_ID);
    assertMoney("2345.67", money(seenByProvider.getJsonObject("prices"), "cost"));
    assertMoney("2533.32", money(seenByProvider.getJsonObject("prices"), "price"));
    assertMoney("2913.32", money(seenByProvider.getJsonObject("prices"), "customerPrice"));
    // Through the customer: the reseller serving it is found.
    assertMoney("2913.32", money(item(fabrikam, "&customerId=" + DATUM).getJsonObject("prices"), "customerPrice"));

    JsonObject customerView = item(northwind, "&priceView=customer");
    assertMoney("2913.32", money(customerView, "unitPrice"));
    assertNull(customerView.getValue("prices"), "the customer view shows only the customer's price");
    assertFalse(customerView.encode().contains("2533.32"), customerView::encode);

    // A provider must say which reseller's customer it means; another provider's reseller is not found.
    assertRefused(platform.get(ITEM_QUERY + "&priceView=customer", fabrikam), 400);
    TestPlatform.Reply foreign = platform.get(ITEM_QUERY + "&resellerId=" + NORTHWIND_ID, contoso);
    assertRefused(foreign, 400);
    assertRefused(platform.get(ITEM_QUERY + "&customerId=" + DATUM, contoso), 404);
    // An availability shows the same prices as the search, and a cart line the prices it was checked at.
    String datumSubscription = DemoCustomers.DATUM.subscriptions().get(0).id();
    String item = seenByReseller.getString("catalogItemId");
    String[] ids = item.split(":");
    String availabilities = "/v1/products/" + ids[0] + "/skus/" + ids[1] + "/availabilities?country=US";
    JsonObject resellerAvailability = platform.get(availabilities, northwind).items().get(0);
    assertMoney("2533.32", money(resellerAvailability, "unitPrice"));
    assertMoney("2913.32", money(resellerAvailability.getJsonObject("prices"), "price"));
    assertFalse(resellerAvailability.encode().contains("2345.67"), "a reseller never sees Microsoft's price: " + resellerAvailability);
    JsonObject providerAvailability = platform.get(availabilities, fabrikam).items().get(0);
    assertMoney("2345.67", money(providerAvailability, "unitPrice"));
    assertMoney("2533.32", money(providerAvailability.getJsonObject("prices"), "price"));
    assertMoney("2345.67", money(platform.get(availabilities, contoso).items().get(0), "unitPrice"));
    TestPlatform.Reply cart = new Shop(platform, fabrikam).createCart(DATUM, Shop.cart(null, Shop.line(0, item, 2, "P3Y", datumSubscription, "Shared")));
    assertEquals(201, cart.status(), cart::toString);
    JsonObject cartPrices = cart.json().getJsonArray("lineItems").getJsonObject(0).getJsonObject("prices");
    assertMoney("2345.67", money(cartPrices, "cost"));
    assertMoney("2533.32", money(cartPrices, "price"));
    assertMoney("5826.64", money(cartPrices, "customerSubtotal"));
    assertEquals(cartPrices, platform.get("/v1/customers/" + DATUM + "/carts/" + cart.json().getString("id"), fabrikam).json()
        .getJsonArray("lineItems").getJsonObject(0).getJsonObject("prices"));
    // Checkout fixes every tier's price on the order line; each tier reads its own.
    TestPlatform.Reply bought = new Shop(platform, fabrikam).buy(DATUM, null, Shop.line(0, item, 2, "P3Y", datumSubscription, "Shared"));
    assertEquals(201, bought.status(), bought::toString);
    String order = "/v1/customers/" + DATUM + "/orders/" + bought.json().getJsonArray("orders").getJsonObject(0).getString("id");
    JsonObject providerLine = platform.get(order, fabrikam).json().getJsonArray("lineItems").getJsonObject(0);
    assertMoney("2345.67", money(providerLine, "unitPrice"));
    assertMoney("2533.32", money(providerLine.getJsonObject("prices"), "price"));
    assertMoney("5066.64", money(providerLine.getJsonObject("prices"), "priceSubtotal"));
    assertMoney("2913.32", money(providerLine.getJsonObject("prices"), "customerPrice"));
    assertMoney("5826.64", money(providerLine.getJsonObject("prices"), "customerSubtotal"));
    JsonObject resellerOrder = platform.get(order, northwind).json();
    JsonObject resellerLine = resellerOrder.getJsonArray("lineItems").getJsonObject(0);
    assertMoney("2533.32", money(resellerLine, "unitPrice"));
    assertMoney("5066.64", money(resellerLine, "subtotal"));
    assertMoney("2913.32", money(resellerLine.getJsonObject("prices"), "price"));
    assertNull(resellerLine.getJsonObject("prices").getValue("customerPrice"));
    assertFalse(resellerOrder.encode().contains("2345.67") || resellerOrder.encode().contains("4691.34"), "no Microsoft price: " + resellerOrder);
    // A later change of the lists does not change what was bought.
    TestPlatform.Reply raised = platform.put("/v1/priceLists/" + provider.getString("id"), fabrikam,
        list("Resellers +20", new JsonArray().add(rule("20"))).encode());
    assertEquals(200, raised.status(), raised::toString);
    assertMoney("2814.80", money(item(northwind, "").getJsonObject("prices"), "cost"));
    assertEquals(resellerLine, platform.get(order, northwind).json().getJsonArray("lineItems").getJsonObject(0));
    TestPlatform.Reply back = platform.put("/v1/priceLists/" + provider.getString("id"), fabrikam,
        list("Resellers +8", new JsonArray().add(rule("8"))).encode());
    assertEquals(200, back.status(), back::toString);

    // The operator sees Microsoft's price, as the sheet has it.
    assertMoney("2345.67", money(platform.get(ITEM_QUERY, platform.operatorToken()).items().get(0), "unitPrice"));
  }

  /** A fixed price wins, then the most specific rule; each price rounds half-even once: 100.15 + 10 % = 110.165 → 110.16. */
  @Test
  void fixedPricesAndTheMostSpecificRuleWin() {
    platform.loadPrice("Standard_E2s_v5", "westus3", "Reservation", "1 Year", "100.15", platform.clock.instant().minus(Duration.ofDays(1)));
    platform.loadPrice("Standard_E4s_v5", "westus3", "Reservation", "1 Year", "200.00", platform.clock.instant().minus(Duration.ofDays(1)));
    platform.loadPrice("Standard_E8s_v5", "westus3", "Reservation", "1 Year", "400.00", platform.clock.instant().minus(Duration.ofDays(1)));
    String e2 = new Shop(platform, contoso).item("Standard_E2s_v5", "westus3", "P1Y");
    String e8 = new Shop(platform, contoso).item("Standard_E8s_v5", "westus3", "P1Y");
    JsonObject body = list("Customers", new JsonArray().add(rule("10"))
        .add(rule("25").put("armRegionName", "westus3").put("series", "Esv5").put("term", "1Year"))
        .add(rule("20").put("armRegionName", "westus3")))
        .put("fixedPrices", new JsonArray().add(new JsonObject().put("catalogItemId", e8).put("price", "450")));
    JsonObject direct = created(contoso, body);
    assertEquals("P1Y", direct.getJsonArray("rules").getJsonObject(1).getString("term"), "terms are kept in one spelling");
    assigned(contoso, direct.getString("id"), new JsonObject().put("effectiveFrom", today()));

    List<JsonObject> items = platform.get("/v1/reservedInstances?country=US&armRegionName=westus3&term=P1Y&series=Esv5", contoso).items();
    JsonObject e2Row = items.stream().filter(i -> i.getString("catalogItemId").equals(e2)).findFirst().orElseThrow();
    JsonObject e8Row = items.stream().filter(i -> i.getString("catalogItemId").equals(e8)).findFirst().orElseThrow();
    // The series-and-region-and-term rule (25 %) is more specific than the region's (20 %) and the list's (10 %).
    assertMoney("125.19", money(e2Row.getJsonObject("prices"), "price"));
    assertMoney("450.00", money(e8Row.getJsonObject("prices"), "price"));
    assertMoney("100.15", money(e2Row.getJsonObject("prices"), "cost"));
    // Elsewhere the list's own 10 %: 100.15 in eastus is not loaded; the D4s_v5 P3Y westus3 item gets 20 %.
    assertMoney("2814.80", money(item(contoso, "").getJsonObject("prices"), "price"));
    // Half-even: a list of only 10 % prices the E2s_v5 at 110.165 → 110.16.
    JsonObject tenPercent = created(contoso, list("Ten", new JsonArray().add(rule("10"))));
    JsonObject preview = platform.post("/v1/priceLists/preview?changedOnly=true", contoso, list("Ten", new JsonArray().add(rule("10"))).encode()).json();
    JsonObject e2Preview = preview.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> i.getString("catalogItemId").equals(e2)).findFirst().orElseThrow(() -> new AssertionError(preview.getJsonObject("summary") + " "
            + preview.getJsonArray("items").size() + " " + preview.getValue("totalCount")));
    assertMoney("110.16", money(e2Preview, "newPrice"));
    assertMoney("125.19", money(e2Preview, "currentPrice"));
    assertEquals(1, tenPercent.getInteger("version"));
  }

  /** Every bad list is a 400 naming the field, and nothing is stored. */
  @Test
  void badListsAreRefusedAndChangeNothing() {
    String tailspin = platform.token(TAILSPIN_ID, "AdminAgent");
    long before = platform.get("/v1/priceLists", tailspin).json().getLong("totalCount");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray().add(rule("1000.5"))).encode()), "rules[0].percent");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray().add(rule("5")).add(rule("-100.01"))).encode()), "rules[1].percent");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray().add(rule("5").put("term", "P9Y"))).encode()), "rules[0].term");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray().add(rule("5").put("armRegionName", "moon"))).encode()),
        "rules[0].armRegionName");
    String item = new Shop(platform, tailspin).item(SIZE, REGION, "P3Y");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray())
        .put("fixedPrices", new JsonArray().add(new JsonObject().put("catalogItemId", item).put("price", "-1"))).encode()), "fixedPrices[0].price");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray())
        .put("fixedPrices", new JsonArray().add(new JsonObject().put("catalogItemId", item).put("price", "3000").put("currency", "EUR"))).encode()),
        "fixedPrices[0].currency");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray())
        .put("fixedPrices", new JsonArray().add(new JsonObject().put("catalogItemId", "NOPE").put("price", "3000"))).encode()),
        "fixedPrices[0].catalogItemId");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray()).put("currency", "XYZ").encode()), "currency");
    assertField(platform.post("/v1/priceLists", tailspin, list("", new JsonArray()).encode()), "name");
    // Below cost: a discount, or a fixed price under the cost, unless the owner allows it.
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray().add(rule("-5"))).encode()), "rules[0].percent");
    assertField(platform.post("/v1/priceLists", tailspin, list("x", new JsonArray())
        .put("fixedPrices", new JsonArray().add(new JsonObject().put("catalogItemId", item).put("price", "1.00"))).encode()), "fixedPrices[0].price");
    assertEquals(before, platform.get("/v1/priceLists", tailspin).json().getLong("totalCount"), "nothing was stored");
    JsonObject allowed = created(tailspin, list("Loss leader", new JsonArray().add(rule("-5"))).put("allowNegativeMargin", true));
    assertTrue(allowed.getBoolean("allowNegativeMargin"));
  }

  private static void assertField(TestPlatform.Reply reply, String field) {
    JsonObject body = assertRefused(reply, 400);
    assertTrue(body.getString("description").contains(field), () -> "names " + field + ": " + reply);
  }

  /** AdminAgent edits, SalesAgent reads, other roles nothing; another partner's list is not found on any route. */
  @Test
  void accessMatrix() {
    JsonObject own = created(contoso, list("Contoso list", new JsonArray().add(rule("3"))));
    String path = "/v1/priceLists/" + own.getString("id");
    String sales = platform.token(DemoData.CONTOSO.id(), "SalesAgent");
    assertEquals(200, platform.get(path, sales).status());
    assertEquals(200, platform.get("/v1/priceLists", sales).status());
    assertEquals(200, platform.get(path + "/revisions", sales).status());
    assertRefused(platform.put(path, sales, list("Renamed", new JsonArray()).encode()), 403);
    assertRefused(platform.post("/v1/priceLists", sales, list("New", new JsonArray()).encode()), 403);
    assertRefused(platform.post(path + "/assignments", sales, new JsonObject().put("effectiveFrom", today()).encode()), 403);
    for (String role : List.of("HelpdeskAgent", "BillingAdmin")) {
      assertRefused(platform.get(path, platform.token(DemoData.CONTOSO.id(), role)), 403);
      assertRefused(platform.get("/v1/priceLists", platform.token(DemoData.CONTOSO.id(), role)), 403);
    }
    assertRefused(platform.get(path, platform.operatorToken()), 403);
    // Another partner (a provider, a reseller) does not find it, to read, change, assign or see its history.
    for (String other : List.of(fabrikam, northwind)) {
      assertRefused(platform.get(path, other), 404);
      assertRefused(platform.put(path, other, list("Mine now", new JsonArray()).encode()), 404);
      assertRefused(platform.get(path + "/revisions", other), 404);
      assertRefused(platform.post(path + "/assignments", other, new JsonObject().put("effectiveFrom", today()).encode()), 404);
      assertFalse(platform.get("/v1/priceLists", other).body().contains(own.getString("id")));
    }
    assertEquals("Contoso list", platform.get(path, contoso).json().getString("name"), "unchanged");
  }

  /** Changes are versioned (a stale version is refused), audited, announced; overlapping assignments are refused. */
  @Test
  void versionsHistoryEventsAndSchedules() throws InterruptedException {
    JsonObject list = created(fabrikam, list("Tailspin special", new JsonArray().add(rule("4"))));
    String path = "/v1/priceLists/" + list.getString("id");
    TestPlatform.Reply changed = platform.put(path, fabrikam, list("Tailspin special", new JsonArray().add(rule("6"))).put("version", 1).encode());
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(2, changed.json().getInteger("version"));
    assertRefused(platform.put(path, fabrikam, list("Stale", new JsonArray()).put("version", 1).encode()), 409);

    String tomorrow = LocalDate.parse(today()).plusDays(1).toString();
    String later = LocalDate.parse(today()).plusDays(30).toString();
    JsonObject scheduled = assigned(fabrikam, list.getString("id"), new JsonObject().put("resellerId", TAILSPIN_ID)
        .put("effectiveFrom", tomorrow).put("effectiveTo", later));
    assertEquals(3, scheduled.getInteger("version"));
    // The same reseller, days that meet: refused, naming effectiveFrom; nothing added.
    JsonObject overlap = assertRefused(platform.post(path + "/assignments", fabrikam, new JsonObject().put("resellerId", TAILSPIN_ID)
        .put("effectiveFrom", LocalDate.parse(today()).plusDays(10).toString()).encode()), 409);
    assertTrue(overlap.getString("description").contains("effectiveFrom"), overlap::encode);
    // Another provider's (or nobody's) reseller cannot be named.
    assertRefused(platform.post(path + "/assignments", fabrikam, new JsonObject().put("resellerId", "not-a-reseller")
        .put("effectiveFrom", later).encode()), 404);
    assertRefused(platform.post(path + "/assignments", fabrikam, new JsonObject().put("customerId", DATUM).put("effectiveFrom", later).encode()), 400);
    assertRefused(platform.post(path + "/assignments", fabrikam, new JsonObject().put("effectiveFrom", "tomorrow").encode()), 400);
    assertEquals(1, platform.get(path, fabrikam).json().getJsonArray("assignments").size(), "one assignment");

    List<JsonObject> history = platform.get(path + "/revisions", fabrikam).items();
    assertEquals(List.of(3, 2, 1), history.stream().map(h -> h.getInteger("version")).toList());
    assertEquals(List.of("assigned", "updated", "created"), history.stream().map(h -> h.getString("change")).toList());
    assertTrue(history.get(1).getString("detail").contains("rules"), history.get(1)::encode);
    assertFalse(history.get(1).getString("changedBy").isBlank(), "who changed it");
    assertEquals("6", history.get(1).getJsonObject("priceList").getJsonArray("rules").getJsonObject(0).getValue("percent").toString());

    Eventually.await(() -> platform.get("/v1/events?type=priceList.scheduled", fabrikam).items().stream()
        .anyMatch(e -> e.encode().contains(list.getString("id"))), "priceList.scheduled in the feed");
    Eventually.await(() -> platform.get("/v1/events?type=priceList.changed", fabrikam).items().stream()
        .anyMatch(e -> e.encode().contains(list.getString("id"))), "priceList.changed in the feed");

    // Tailspin pays Microsoft's price today and the list's from tomorrow.
    String tailspin = platform.token(TAILSPIN_ID, "AdminAgent");
    BigDecimal today = money(item(tailspin, "").getJsonObject("prices"), "cost");
    platform.moveClockBy(Duration.ofDays(1));
    assertMoney("2486.41", money(item(tailspin, "").getJsonObject("prices"), "cost"));
    assertFalse(today.compareTo(new BigDecimal("2486.41")) == 0, "not in force before its day");
  }
}
