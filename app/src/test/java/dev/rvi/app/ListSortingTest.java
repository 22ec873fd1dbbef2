package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lists' sort= and q= (issue #28): customers, a customer's reservations, the reservations across customers, an
 * invoice's lines and the support agents' queue, each sorted in SQL with ties in id order, so that paging through a
 * sort with small pages gives every row once, in the sort's order; q= narrows all pages, and the count with them; an
 * unknown sort field or an overlong q is a 400 that names the parameter and changes nothing.
 */
class ListSortingTest {
  private static final String TAG = "zsort" + Long.toString(System.nanoTime(), 36);
  private static TestPlatform platform;
  private static Shop contoso;
  private static String billing;
  private static String agent;
  private static final List<String> CUSTOMERS = new ArrayList<>();
  private static String[] buyer;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    billing = platform.token(DemoData.CONTOSO.id(), "BillingAdmin");
    agent = platform.token("operator", "SupportAgent");
    // Made out of order, so the order made is not the order of names.
    for (int i : new int[] {4, 1, 6, 0, 3, 5, 2}) {
      String[] c = contoso.newCustomer(TAG + "-" + i + ".example", "US");
      CUSTOMERS.add(c[0]);
      if (i == 0) {
        buyer = c;
      }
    }
    String[][] bought = {{"Standard_D2s_v5", "eastus", "P1Y", "3"}, {"Standard_D4s_v5", "westus2", "P3Y", "1"},
        {"Standard_D2s_v5", "westus2", "P3Y", "5"}, {"Standard_D4s_v5", "eastus", "P1Y", "2"}, {"Standard_D2s_v5", "eastus", "P3Y", "4"}};
    for (String[] b : bought) {
      JsonObject r = contoso.reservation(buyer[0], buyer[1], contoso.item(b[0], b[1], b[2]), Integer.parseInt(b[3]), b[2], "Shared");
      TestPlatform.Reply filed = platform.post("/v1/customers/" + buyer[0] + "/supportRequests", contoso.token,
          SupportFlowTest.filing(r, "refund", 1));
      assertEquals(201, filed.status(), filed::toString);
    }
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  /** Every page of a list, 2 rows a page, following links.next. */
  private static List<JsonObject> pages(String path, String token) {
    List<JsonObject> rows = new ArrayList<>();
    String next = path + (path.contains("?") ? "&" : "?") + "size=2";
    long total = -1;
    for (int page = 0; next != null; page++) {
      assertTrue(page < 200, "the pages end");
      TestPlatform.Reply reply = platform.get(next, token);
      assertEquals(200, reply.status(), reply::toString);
      JsonObject json = reply.json();
      total = json.getLong("totalCount");
      rows.addAll(reply.items());
      JsonObject link = json.getJsonObject("links") == null ? null : json.getJsonObject("links").getJsonObject("next");
      next = link == null ? null : link.getString("uri");
    }
    assertEquals(total, rows.size(), "the count is the rows paged through: " + path);
    return rows;
  }

  /** Paged through with 2 a page, the sort holds every row of the whole list once, in an order {@code order} agrees with. */
  private static <T extends Comparable<T>> List<JsonObject> sortedOver(String path, String sort, String token, Function<JsonObject, T> key,
                                                                       String id) {
    List<JsonObject> paged = pages(path + (path.contains("?") ? "&" : "?") + "sort=" + sort, token);
    List<String> ids = paged.stream().map(r -> r.getString(id)).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), "no row twice: " + ids);
    TestPlatform.Reply whole = platform.get(path + (path.contains("?") ? "&" : "?") + "size=1000", token);
    Set<String> every = new HashSet<>(whole.items().stream().map(r -> r.getString(id)).toList());
    assertEquals(every, new HashSet<>(ids), "none missing: " + path + " sort=" + sort);
    Comparator<JsonObject> order = Comparator.comparing(key);
    if (sort.startsWith("-")) {
      order = order.reversed();
    }
    for (int i = 1; i < paged.size(); i++) {
      assertTrue(order.compare(paged.get(i - 1), paged.get(i)) <= 0, sort + " out of order at " + i + ": " + paged.get(i - 1) + " then " + paged.get(i));
    }
    return paged;
  }

  private static String name(JsonObject customer) {
    return customer.getJsonObject("companyProfile").getString("companyName");
  }

  @Test
  void customersSortAndFilterAcrossPages() {
    sortedOver("/v1/customers", "createdAt", contoso.token, c -> Instant.parse(c.getString("createdAt")), "id");
    sortedOver("/v1/customers", "-createdAt", contoso.token, c -> Instant.parse(c.getString("createdAt")), "id");
    // Names that any collation orders alike: the tag, then a digit.
    List<JsonObject> named = sortedOver("/v1/customers?q=" + TAG, "name", contoso.token, ListSortingTest::name, "id");
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(i -> TAG + "-" + i + ".example").toList(), named.stream().map(ListSortingTest::name).toList());
    List<JsonObject> backwards = sortedOver("/v1/customers?q=" + TAG.toUpperCase(), "-name", contoso.token, ListSortingTest::name, "id");
    assertEquals(7, backwards.size(), "q ignores case");
    assertEquals(TAG + "-6.example", name(backwards.get(0)));
    sortedOver("/v1/customers?q=" + TAG, "-domain", contoso.token, c -> c.getJsonObject("companyProfile").getString("domain"), "id");
    // By id; and a filter's own wildcards are plain text.
    assertEquals(List.of(CUSTOMERS.get(2)), pages("/v1/customers?q=" + CUSTOMERS.get(2), contoso.token).stream().map(c -> c.getString("id")).toList());
    assertEquals(0, pages("/v1/customers?q=" + TAG + "%25", contoso.token).size(), "% is not a wildcard");
    assertEquals(0, pages("/v1/customers?q=" + TAG.substring(0, 3) + "_", contoso.token).size(), "_ is not a wildcard");
    assertEquals(0, pages("/v1/customers?q=%27%20OR%20%271%27%3D%271", contoso.token).size(), "a quote is text");
    // Without a sort the order is as before: by name, then id.
    List<String> plain = platform.get("/v1/customers?size=1000", contoso.token).items().stream().map(c -> c.getString("id")).toList();
    assertEquals(plain, platform.get("/v1/customers?size=1000&sort=name", contoso.token).items().stream().map(c -> c.getString("id")).toList());
    // Another partner finds none of them.
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertEquals(0, platform.get("/v1/customers?q=" + TAG, fabrikam).json().getInteger("totalCount"));
  }

  @Test
  void aCustomersReservationsSortAndFilterAcrossPages() {
    String path = "/v1/customers/" + buyer[0] + "/reservations";
    sortedOver(path, "expiresAt", contoso.token, r -> Instant.parse(r.getString("expiryDateTime")), "id");
    sortedOver(path, "-expiresAt", contoso.token, r -> Instant.parse(r.getString("expiryDateTime")), "id");
    sortedOver(path, "-purchasedAt", contoso.token, r -> Instant.parse(r.getString("purchaseDateTime")), "id");
    sortedOver(path, "quantity", contoso.token, r -> r.getInteger("quantity"), "id");
    List<JsonObject> most = sortedOver(path, "-quantity", contoso.token, r -> r.getInteger("quantity"), "id");
    assertEquals(List.of(5, 4, 3, 2, 1), most.stream().map(r -> r.getInteger("quantity")).toList());
    sortedOver(path, "size", contoso.token, r -> r.getString("skuName"), "id");
    sortedOver(path, "region", contoso.token, r -> r.getString("location"), "id");
    sortedOver(path, "state", contoso.token, r -> r.getString("displayProvisioningState"), "id");
    sortedOver(path, "name", contoso.token, r -> r.getString("displayName"), "id");
    List<JsonObject> d4 = sortedOver(path + "?q=d4s", "quantity", contoso.token, r -> r.getInteger("quantity"), "id");
    assertEquals(List.of(1, 2), d4.stream().map(r -> r.getInteger("quantity")).toList(), "q finds the size, ignoring case");
    assertEquals(2, pages(path + "?q=westus2&sort=-quantity", contoso.token).size(), "q finds the region");
    // Without a sort, the order bought, as before.
    List<JsonObject> bought = pages(path, contoso.token);
    assertEquals(List.of(3, 1, 5, 2, 4), bought.stream().map(r -> r.getInteger("quantity")).toList());
  }

  @Test
  void reservationsAcrossCustomersSortAndFilterAcrossPages() {
    sortedOver("/v1/reservations", "expiresAt", contoso.token, r -> Instant.parse(r.getString("expiryDateTime")), "id");
    sortedOver("/v1/reservations", "-purchasedAt", contoso.token, r -> Instant.parse(r.getString("purchaseDateTime")), "id");
    sortedOver("/v1/reservations", "-quantity", contoso.token, r -> r.getInteger("quantity"), "id");
    sortedOver("/v1/reservations?customerId=" + buyer[0], "-expiresAt", contoso.token, r -> Instant.parse(r.getString("expiryDateTime")), "id");
    List<JsonObject> d2 = sortedOver("/v1/reservations?q=Standard_D2s&customerId=" + buyer[0], "quantity", contoso.token,
        r -> r.getInteger("quantity"), "id");
    assertEquals(List.of(3, 4, 5), d2.stream().map(r -> r.getInteger("quantity")).toList());
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertTrue(pages("/v1/reservations?q=" + buyer[0].substring(0, 8), fabrikam).stream().noneMatch(r -> buyer[0].equals(r.getString("customerId"))));
  }

  @Test
  void anInvoicesLinesSortAndFilterAcrossPages() {
    YearMonth month = YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC));
    String path = String.format("/v1/invoices/OT-%04d%02d-USD/lineitems?provider=onetime", month.getYear(), month.getMonthValue());
    sortedOver(path, "-amount", billing, l -> new BigDecimal(String.valueOf(l.getValue("totalForCustomer"))), "id");
    sortedOver(path, "amount", billing, l -> new BigDecimal(String.valueOf(l.getValue("totalForCustomer"))), "id");
    sortedOver(path, "date", billing, l -> Instant.parse(l.getString("orderDate")), "id");
    sortedOver(path, "-date", billing, l -> Instant.parse(l.getString("orderDate")), "id");
    List<JsonObject> mine = sortedOver(path + "&q=" + TAG + "-0", "-amount", billing, l -> new BigDecimal(String.valueOf(l.getValue("totalForCustomer"))), "id");
    assertEquals(5, mine.size(), "the customer's five purchases: " + mine);
    assertTrue(mine.stream().allMatch(l -> buyer[0].equals(l.getString("customerId"))));
    assertEquals(5, pages(path + "&q=" + buyer[0], billing).size(), "by the customer's id");
    assertEquals(3, pages(path + "&q=" + TAG + "-0&sort=product", billing).stream().filter(l -> l.getString("skuName").contains("D2s")).count());
  }

  @Test
  void theSupportQueueSortsAndFindsByName() {
    sortedOver("/v1/supportRequests", "createdAt", agent, r -> Instant.parse(r.getString("createdDate")), "id");
    sortedOver("/v1/supportRequests", "-createdAt", agent, r -> Instant.parse(r.getString("createdDate")), "id");
    sortedOver("/v1/supportRequests", "status", agent, r -> r.getString("status"), "id");
    sortedOver("/v1/supportRequests", "requestedAction", agent, r -> r.getString("requestedAction"), "id");
    // The customer's name lives in the directory: the queue finds its requests by it, and by its id.
    List<JsonObject> named = sortedOver("/v1/supportRequests?q=" + TAG + "-0", "-createdAt", agent, r -> Instant.parse(r.getString("createdDate")), "id");
    assertEquals(5, named.size(), named::toString);
    assertTrue(named.stream().allMatch(r -> buyer[0].equals(r.getString("customerId")) && (TAG + "-0.example").equals(r.getString("customerName"))));
    assertEquals(5, pages("/v1/supportRequests?q=" + buyer[0], agent).size());
    assertEquals(0, pages("/v1/supportRequests?q=" + TAG + "-9", agent).size());
  }

  @Test
  void anUnknownSortOrAnOverlongFilterIs400AndChangesNothing() {
    String invoice = String.format("/v1/invoices/OT-%04d%02d-USD/lineitems?provider=onetime",
        YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC)).getYear(),
        YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC)).getMonthValue());
    String[][] lists = {{"/v1/customers?size=1000", contoso.token}, {"/v1/customers/" + buyer[0] + "/reservations?size=1000", contoso.token},
        {"/v1/reservations?size=1000", contoso.token}, {invoice + "&size=1000", billing}, {"/v1/supportRequests?size=1000", agent}};
    String tooLong = "a".repeat(101);
    for (String[] list : lists) {
      String before = platform.get(list[0], list[1]).body();
      for (String bad : List.of("sort=bogus", "sort=-", "sort=price", "sort=name%3B%20DROP%20TABLE%20x", "sort=--createdAt")) {
        JsonObject refused = assertRefused(platform.get(list[0] + "&" + bad, list[1]), 400);
        assertTrue(refused.getString("description").contains("sort"), "names the parameter: " + refused);
      }
      JsonObject refused = assertRefused(platform.get(list[0] + "&q=" + tooLong, list[1]), 400);
      assertTrue(refused.getString("description").contains("q"), "names the parameter: " + refused);
      assertEquals(200, platform.get(list[0] + "&q=" + "a".repeat(100), list[1]).status(), "100 characters are taken");
      assertEquals(before, platform.get(list[0], list[1]).body(), "nothing changed: " + list[0]);
    }
  }
}
