package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One-time invoices: charges at purchase, credits from refunds, per month and currency; the reconciliation file. */
class BillingTest {
  private static TestPlatform platform;
  private static Shop contoso;
  private static String billing;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    billing = platform.token(DemoData.CONTOSO.id(), "BillingAdmin");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String invoiceId(Instant at) {
    YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
    return String.format("OT-%04d%02d-USD", month.getYear(), month.getMonthValue());
  }

  private static BigDecimal money(JsonObject json, String field) {
    return new BigDecimal(json.getValue(field).toString());
  }

  @Test
  void chargesCreditsTotalsAndTheReconciliationFile() {
    String[] c = contoso.newCustomer("billing.example", "US");
    Instant bought = platform.clock.instant();
    JsonObject r = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    JsonObject second = contoso.reservation(c[0], c[1], contoso.item("Standard_E4s_v5", "westeurope", "P3Y"), 1, "P3Y", "Shared");
    platform.moveClockBy(Duration.ofDays(40));
    Instant refunded = platform.clock.instant();
    String session = contoso.calculateRefund(c[0], r, 1).json().getString("sessionId");
    JsonObject refund = contoso.returnWith(c[0], r, 1, session).json();
    BigDecimal refundAmount = Shop.amount(refund, "billingRefundAmount");

    String purchaseInvoice = invoiceId(bought);
    JsonObject invoice = platform.get("/v1/invoices/" + purchaseInvoice, billing).json();
    List<JsonObject> lines = platform.get("/v1/invoices/" + purchaseInvoice + "/lineitems?provider=onetime", billing).items();
    BigDecimal sum = lines.stream().map(l -> money(l, "totalForCustomer")).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(money(invoice, "totalAmount")), "the invoice total is the sum of its lines");
    // Lines are paged like every collection: page by page, the same lines.
    List<String> paged = new ArrayList<>();
    String next = "/v1/invoices/" + purchaseInvoice + "/lineitems?provider=onetime&size=1";
    while (next != null) {
      JsonObject page = platform.get(next, billing).json();
      assertEquals(lines.size(), page.getInteger("totalCount"));
      page.getJsonArray("items").forEach(l -> paged.add(((JsonObject) l).encode()));
      JsonObject link = page.getJsonObject("links").getJsonObject("next");
      next = link == null ? null : link.getString("uri");
    }
    assertEquals(lines.stream().map(JsonObject::encode).toList(), paged);
    JsonObject purchase = lines.stream().filter(l -> l.getString("reservationOrderId").equals(r.getString("reservationOrderId")))
        .findFirst().orElseThrow();
    assertEquals("purchase", purchase.getString("chargeType"));
    assertEquals(2, purchase.getInteger("quantity"));
    assertEquals(0, new BigDecimal("992.34").compareTo(money(purchase, "subtotal")), "2 x 496.17");
    assertEquals(0, new BigDecimal("496.17").compareTo(money(purchase, "unitPrice")));
    assertEquals(0, BigDecimal.ZERO.compareTo(money(purchase, "taxTotal")));
    assertEquals(c[0], purchase.getString("customerId"));
    assertEquals("Standard_D2s_v5", purchase.getString("skuName"));
    assertEquals(r.getString("effectiveDateTime"), purchase.getString("chargeStartDate"));
    assertEquals(r.getString("expiryDateTime"), purchase.getString("chargeEndDate"));
    assertEquals(DemoData.CONTOSO.mpnId(), purchase.getString("mpnId"));
    for (String field : List.of("orderId", "productId", "skuId", "availabilityId", "currency", "invoiceNumber", "orderDate")) {
      assertNotNull(purchase.getValue(field), field);
    }

    String creditInvoice = invoiceId(refunded);
    JsonObject credit = platform.get("/v1/invoices/" + creditInvoice + "/lineitems?provider=onetime", billing).items().stream()
        .filter(l -> l.getString("chargeType").equals("refund")).findFirst().orElseThrow();
    assertEquals(0, refundAmount.negate().compareTo(money(credit, "subtotal")), "a credit line is negative");
    assertEquals(1, credit.getInteger("quantity"));
    List<String> ids = platform.get("/v1/invoices?provider=onetime", billing).items().stream().map(i -> i.getString("id")).toList();
    assertTrue(ids.contains(purchaseInvoice) && ids.contains(creditInvoice), ids::toString);

    TestPlatform.Reply csv = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/invoices/"
        + purchaseInvoice + "/reconciliation")).header("Accept", "text/csv"), billing);
    assertEquals(200, csv.status(), csv::toString);
    assertTrue(csv.header("content-type").startsWith("text/csv"));
    String[] rows = csv.body().split("\r\n");
    assertTrue(rows[0].startsWith(("PartnerId,CustomerId,CustomerName,CustomerCountry,InvoiceNumber,MpnId,Reseller MPN ID,OrderId,"
        + "OrderDate,ProductId,SkuId,AvailabilityId,SkuName,ProductName,ChargeType,UnitPrice,Quantity,Subtotal,TaxTotal,Total,Currency")
        .replaceAll("([^,]+)", "\"$1\"")), rows[0]);
    assertEquals(lines.size() + 1, rows.length);
    assertTrue(csv.body().contains("\"Reserved VM Instance, Standard_D2s_v5, East US, 1 Year Prepaid\""), "fields with commas are quoted");
    assertNotNull(second);
  }

  /** Text a partner typed that a spreadsheet would run as a formula is neutralised; credits stay numbers; absent fields are empty. */
  @Test
  void theReconciliationFileIsSafeToOpenInASpreadsheet() {
    Instant bought = platform.clock.instant();
    String[] names = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-3+4", "@SUM(A1)"};
    TestPlatform.Reply customer = null;
    for (int i = 0; i < names.length; i++) {
      customer = platform.post("/v1/customers", contoso.token, new JsonObject()
          .put("companyProfile", new JsonObject().put("domain", "formula" + i + ".example"))
          .put("billingProfile", new JsonObject().put("companyName", names[i]).put("defaultAddress", new JsonObject().put("country", "US")))
          .encode());
      assertEquals(201, customer.status(), customer::toString);
      String id = customer.json().getString("id");
      String sub = platform.post("/v1/customers/" + id + "/subscriptions", contoso.token, "{\"friendlyName\":\"main\"}").json().getString("id");
      platform.post("/v1/customers/" + id + "/subscriptions/" + sub + "/registrations", contoso.token, "");
      contoso.reservation(id, sub, contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    }
    String csv = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/invoices/"
        + invoiceId(bought) + "/reconciliation")).header("Accept", "text/csv"), billing).body();
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","), csv);
    for (String neutralised : List.of("\"'+1+2\"", "\"'-3+4\"", "\"'@SUM(A1)\"")) {
      assertTrue(csv.contains("," + neutralised + ","), () -> neutralised + " in " + csv);
    }
    for (String row : csv.split("\r\n")) {
      for (String cell : row.split(",", -1)) {
        assertTrue(!cell.startsWith("=") && !cell.startsWith("+") && !cell.startsWith("@"), () -> cell + " in " + row);
      }
    }
    assertTrue(!csv.contains("null"), "absent fields are empty cells");
  }

  @Test
  void indirectSalesCarryTheResellersMpnId() {
    Shop fabrikam = new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"));
    String datum = DemoCustomers.DATUM.id();
    assertEquals(201, fabrikam.buy(datum, DemoData.NORTHWIND.mpnId(), Shop.line(0, fabrikam.item("Standard_D2s_v5", "eastus", "P1Y"), 1,
        "P1Y", DemoCustomers.DATUM.subscriptions().get(0).id(), "single")).status());
    String id = invoiceId(platform.clock.instant());
    List<JsonObject> lines = platform.get("/v1/invoices/" + id + "/lineitems", platform.token(DemoData.FABRIKAM.id(), "BillingAdmin")).items();
    assertEquals(1, lines.size(), lines::toString);
    assertTrue(lines.stream().allMatch(l -> DemoData.NORTHWIND.mpnId().equals(l.getString("resellerMpnId"))), lines::toString);
    assertTrue(lines.stream().allMatch(l -> l.getString("customerId").equals(datum)), "only Fabrikam's own charges");
  }

  @Test
  void onlyBillingAdminsAndAdminAgentsReadBilling() {
    assertEquals(200, platform.get("/v1/invoices", contoso.token).status());
    assertEquals(200, platform.get("/v1/invoices", billing).status());
    assertRefused(platform.get("/v1/invoices", platform.token(DemoData.CONTOSO.id(), "SalesAgent")), 403);
    assertRefused(platform.get("/v1/invoices", platform.token(DemoData.CONTOSO.id(), "HelpdeskAgent")), 403);
    assertRefused(platform.get("/v1/invoices", platform.token("operator", "SupportAgent")), 403);
    assertRefused(platform.get("/v1/invoices/OT-209901-USD", billing), 404);
    assertRefused(platform.get("/v1/invoices/not-an-invoice", billing), 404);
    assertRefused(platform.get("/v1/invoices?provider=recurring", billing), 400);
  }
}
