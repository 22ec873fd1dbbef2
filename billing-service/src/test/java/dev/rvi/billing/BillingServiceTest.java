package dev.rvi.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.billing.ChargeBatch;
import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.billing.InvoiceQuery;
import dev.rvi.domain.billing.MarginQuery;
import dev.rvi.domain.billing.StatementQuery;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.partner.PartnerIdentity;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The billing service on its own: a real Postgres, a local event bus, and a fake of the directory (which says who the
 * caller's partner is). The test plays the order service's outbox relay: it records charges and credits, then asks for
 * the invoices as a partner's billing admin would.
 */
class BillingServiceTest {
  private static final Caller CONTOSO = new Caller("contoso-tenant", "alice", Set.of(Role.ADMIN_AGENT));
  private static final Caller FABRIKAM = new Caller("fabrikam-tenant", "bob", Set.of(Role.ADMIN_AGENT));
  private static final Caller LITWARE = new Caller("litware-tenant", "lia", Set.of(Role.ADMIN_AGENT));
  private static final Map<String, PartnerIdentity> PARTNERS = Map.of(
      "contoso-tenant", new PartnerIdentity("contoso-tenant", PartnerType.direct, "1111111", "Contoso"),
      "fabrikam-tenant", new PartnerIdentity("fabrikam-tenant", PartnerType.direct, "2222222", "Fabrikam"),
      "litware-tenant", new PartnerIdentity("litware-tenant", PartnerType.direct, "3333333", "Litware"));
  private static final MovableClock CLOCK = new MovableClock(Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));
  private static ServiceTestBed bed;
  private static BusClient bus;

  /** The directory as billing sees it: the two partners, and a refusal for any other tenant. */
  static final class FakeDirectory extends ServiceVerticle {
    FakeDirectory() {
      super(Address.DIRECTORY, "directory");
    }

    @Override
    protected void registerActions() {
      on(DirectoryContract.PARTNER_CONTEXT, (r, q) -> {
        PartnerIdentity partner = PARTNERS.get(r.caller().tenantId());
        return partner != null ? Future.succeededFuture(partner)
            : Future.failedFuture(ApiError.of(403, ErrorCode.FORBIDDEN, "not a partner", "directory").exception());
      });
    }
  }

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("billing");
    bus = bed.bus;
    bed.deploy(new FakeDirectory());
    bed.deploy(new BillingVerticle(bed.pool, CLOCK, new BigDecimal("10"), 10_000));
    assertEquals(CHARGES.size(), record(CHARGES));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  private static ChargeEvent charge(long id, String partner, String customerName, String type, String amount, String currency, String at) {
    OffsetDateTime created = OffsetDateTime.parse(at);
    return new ChargeEvent(id, partner, PARTNERS.get(partner).mpnId(), "customer-" + id, customerName, "US", "order-" + id,
        created, "ro-" + id, type, "DZH318Z0BQ3Q", "DZH318Z0BQ3Q:00" + id, "Standard_D2s_v5 eastus 1 Year",
        "DZH318Z0BQ3Q:00" + id + ":AVAIL" + id, "Reserved VM Instance, Standard_D2s_v5", new BigDecimal("60.0625"), 2,
        new BigDecimal(amount), currency, created, created.plusYears(1), id == 1 ? "7777777" : null, created, "reservation", "Dsv5", "Upfront",
        List.of(new ChargeEvent.Tier(1, partner, "customer-" + id, new BigDecimal(amount))));
  }

  private static final List<ChargeEvent> CHARGES = List.of(
      charge(1, "contoso-tenant", "=HYPERLINK(\"http://x\")", "purchase", "120.125", "USD", "2026-01-10T09:00:00Z"),
      charge(2, "contoso-tenant", "Northwind", "cancellation", "-40.5", "USD", "2026-01-20T09:00:00Z"),
      charge(3, "contoso-tenant", "Northwind", "purchase", "10", "EUR", "2026-01-25T09:00:00Z"),
      charge(4, "contoso-tenant", "Northwind", "purchase", "30", "USD", "2026-02-02T09:00:00Z"),
      // A monthly reservation's coming payment: on no invoice before its day.
      charge(5, "contoso-tenant", "Northwind", "purchase", "30", "USD", "2026-04-02T09:00:00Z"),
      charge(6, "fabrikam-tenant", "Tailspin", "purchase", "99.99", "USD", "2026-01-11T09:00:00Z"));

  private static int record(List<ChargeEvent> charges) throws Exception {
    return ask(bus.ask(BillingContract.RECORD_CHARGES, new ChargeBatch(charges), Caller.SYSTEM, "test")).recorded();
  }

  private static <T> T ask(Future<T> answer) throws Exception {
    return answer.await(30, TimeUnit.SECONDS);
  }

  /** 200 for an answer, else the refusal's status. */
  private static int refusal(Future<?> answer) throws Exception {
    Throwable e = answer.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
    return e == null ? 200 : e instanceof ApiException api ? api.error().httpStatus() : 500;
  }

  private static JsonObject invoice(Caller caller, String id) throws Exception {
    return new JsonObject(ask(bus.ask(BillingContract.GET_INVOICE, new InvoiceQuery(id, null), caller, "test")).json());
  }

  private static List<String> invoiceIds(Caller caller) throws Exception {
    JsonArray items = new JsonObject(ask(bus.ask(BillingContract.LIST_INVOICES, NoBody.INSTANCE, caller, "test")).json())
        .getJsonArray("items");
    return items.stream().map(i -> ((JsonObject) i).getString("id")).toList();
  }

  private static JsonObject statements(Caller caller, String month, String side) throws Exception {
    return new JsonObject(ask(bus.ask(BillingContract.LIST_STATEMENTS, new StatementQuery(month, side, null), caller, "test")).json());
  }

  @Test
  void aPartnerIssuesAStatementPerBuyerAndMonthFromEachChargesTierAmount() throws Exception {
    JsonArray january = statements(CONTOSO, "2026-01", "issued").getJsonArray("items");
    assertEquals(List.of("customer-1", "customer-2"), january.stream().filter(s -> ((JsonObject) s).getString("currency").equals("USD"))
        .map(s -> ((JsonObject) s).getJsonObject("buyer").getString("id")).toList());
    JsonObject credited = january.stream().map(JsonObject.class::cast).filter(s -> s.getJsonObject("buyer").getString("id").equals("customer-2"))
        .findFirst().orElseThrow();
    assertMoney("-40.50", credited, "credits");
    assertMoney("-40.50", credited, "total");
    assertEquals("Northwind", credited.getJsonObject("buyer").getString("name"));
    assertEquals(0, statements(CONTOSO, "2026-01", "received").getInteger("totalCount"), "Contoso is billed by no provider");

    String formula = january.stream().map(JsonObject.class::cast).filter(s -> s.getJsonObject("buyer").getString("id").equals("customer-1"))
        .findFirst().orElseThrow().getString("id");
    String csv = ask(bus.ask(BillingContract.STATEMENT_CSV, StatementQuery.of(formula), CONTOSO, "test")).csv();
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), csv);
    assertTrue(csv.contains(",120.13,\"USD\""), csv);
    // Fabrikam is neither seller nor buyer of it.
    assertEquals(404, refusal(bus.ask(BillingContract.GET_STATEMENT, StatementQuery.of(formula), FABRIKAM, "test")));
    assertEquals(404, refusal(bus.ask(BillingContract.GET_STATEMENT, StatementQuery.of("ST-202601-USD-!!"), CONTOSO, "test")));
    assertEquals(400, refusal(bus.ask(BillingContract.LIST_STATEMENTS, new StatementQuery("January", null, null), CONTOSO, "test")));
    assertEquals(400, refusal(bus.ask(BillingContract.MARGIN_REPORT, new MarginQuery("2026-02", "2026-01"), CONTOSO, "test")));
  }

  /** A charge recorded before charges carried tiers takes them, and its product kind, when the order service sends it again. */
  @Test
  void aChargeSentAgainWithItsTiersTakesThem() throws Exception {
    ChargeEvent full = charge(7, "litware-tenant", "Tailspin", "purchase", "10", "USD", "2026-02-11T09:00:00Z");
    ChargeEvent bare = new ChargeEvent(full.id(), full.partnerId(), full.partnerMpnId(), full.customerId(), full.customerName(),
        full.customerCountry(), full.orderId(), full.orderDate(), full.reservationOrderId(), full.chargeType(), full.productId(), full.skuId(),
        full.skuName(), full.catalogItemId(), full.friendlyName(), full.unitPrice(), full.quantity(), full.amount(), full.currency(),
        full.chargeStart(), full.chargeEnd(), full.resellerMpnId(), full.createdAt(), null, null, null, null);
    assertEquals(1, record(List.of(bare)));
    assertEquals(0, statements(LITWARE, "2026-02", null).getInteger("totalCount"));
    assertEquals(1, record(List.of(full)));
    assertEquals(0, record(List.of(full)), "once it has them, a replay changes nothing");
    JsonObject february = statements(LITWARE, "2026-02", null).getJsonArray("items").getJsonObject(0);
    assertMoney("10.00", february, "oneTime");
    JsonObject margins = new JsonObject(ask(bus.ask(BillingContract.MARGIN_REPORT, new MarginQuery("2026-02", "2026-02"), LITWARE, "test")).json());
    JsonObject total = margins.getJsonArray("currencies").getJsonObject(0).getJsonObject("total");
    assertMoney("0.00", total, "margin");
    assertMoney("0", total, "marginPercent");
  }

  @Test
  void aReplayedBatchRecordsNothingTwice() throws Exception {
    assertEquals(0, record(CHARGES.subList(0, 2)));
    assertEquals(2, invoice(CONTOSO, "OT-202601-USD").getInteger("lineCount"));
  }

  @Test
  void onlyThePlatformRecordsCharges() throws Exception {
    assertEquals(403, refusal(bus.ask(BillingContract.RECORD_CHARGES, new ChargeBatch(List.of()), CONTOSO, "test")));
  }

  @Test
  void anInvoiceIsAMonthInOneCurrencyAndItsTotalsAreTheSumsOfItsLinesInCents() throws Exception {
    assertEquals(List.of("OT-202602-USD", "OT-202601-EUR", "OT-202601-USD"),
        invoiceIds(CONTOSO).stream().filter(id -> !id.equals("OT-202604-USD")).toList());
    JsonObject january = invoice(CONTOSO, "OT-202601-USD");
    assertEquals(2, january.getInteger("lineCount"));
    assertMoney("120.13", january, "totalCharges", "120.125 rounds half up to the cent");
    assertMoney("-40.50", january, "totalCredits");
    assertMoney("79.63", january, "subtotal");
    assertMoney("7.96", january, "taxTotal", "10 % of each line, each rounded: 12.01 - 4.05");
    assertMoney("87.59", january, "totalAmount");
    assertEquals("2026-02-01", january.getString("invoiceDate"));
    assertEquals("2026-01-31", january.getString("billingPeriodEndDate"));
    assertEquals("/v1/invoices/OT-202601-USD/lineitems?provider=onetime",
        january.getJsonObject("links").getJsonObject("lineItems").getString("uri"));
  }

  @Test
  void aPartnerSeesOnlyItsOwnChargesAndAMalformedOrEmptyInvoiceIsNotFound() throws Exception {
    assertEquals(1, invoice(FABRIKAM, "OT-202601-USD").getInteger("lineCount"));
    assertEquals(List.of("OT-202601-USD"), invoiceIds(FABRIKAM));
    assertEquals(404, refusal(bus.ask(BillingContract.GET_INVOICE, new InvoiceQuery("OT-202602-USD", null), FABRIKAM, "test")));
    assertEquals(404, refusal(bus.ask(BillingContract.GET_INVOICE, new InvoiceQuery("OT-202613-USD", null), CONTOSO, "test")));
    assertEquals(404, refusal(bus.ask(BillingContract.GET_INVOICE, new InvoiceQuery("2026-01", null), CONTOSO, "test")));
    Caller stranger = new Caller("stranger-tenant", "eve", Set.of(Role.ADMIN_AGENT));
    assertEquals(403, refusal(bus.ask(BillingContract.LIST_INVOICES, NoBody.INSTANCE, stranger, "test")));
  }

  @Test
  void linesCarryPartnerCentersOneTimeFieldsAndArePaged() throws Exception {
    String pageUri = "/v1/invoices/OT-202601-USD/lineitems?provider=onetime&size=1";
    JsonObject first = new JsonObject(ask(bus.ask(BillingContract.LIST_INVOICE_LINES,
        new InvoiceQuery("OT-202601-USD", null, 1, 0, pageUri), CONTOSO, "test")).json());
    assertEquals(2, first.getInteger("totalCount"));
    assertTrue(first.getJsonObject("links").getJsonObject("next").getString("uri").startsWith(pageUri + "&continuationToken="));
    JsonObject line = first.getJsonArray("items").getJsonObject(0);
    assertEquals(1L, line.getLong("id"));
    assertEquals("OT-202601-USD", line.getString("invoiceNumber"));
    assertEquals("1111111", line.getString("mpnId"));
    assertEquals("7777777", line.getString("resellerMpnId"));
    assertEquals("AVAIL1", line.getString("availabilityId"));
    assertEquals("2026-01-10T09:00:00Z", line.getString("orderDate"));
    assertMoney("60.0625", line, "unitPrice");
    assertMoney("132.14", line, "totalForCustomer");

    JsonObject second = new JsonObject(ask(bus.ask(BillingContract.LIST_INVOICE_LINES,
        new InvoiceQuery("OT-202601-USD", null, 1, 1, pageUri), CONTOSO, "test")).json());
    assertEquals("cancellation", second.getJsonArray("items").getJsonObject(0).getString("chargeType"));
    assertFalse(second.getJsonObject("links").containsKey("next"));
  }

  @Test
  void theReconciliationFileNeutralisesFormulasAndKeepsCreditsNumbers() throws Exception {
    String csv = ask(bus.ask(BillingContract.INVOICE_RECONCILIATION, new InvoiceQuery("OT-202601-USD", null), CONTOSO, "test")).csv();
    List<String> rows = List.of(csv.split("\r\n"));
    assertEquals(3, rows.size());
    assertTrue(rows.get(0).startsWith("\"PartnerId\",\"CustomerId\",\"CustomerName\""));
    assertTrue(rows.get(1).contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), rows.get(1));
    assertTrue(rows.get(2).contains(",-40.50,-4.05,-44.55,\"USD\","), rows.get(2));
  }

  @Test
  void aChargeDatedLaterIsOnItsMonthsInvoiceFromItsDay() throws Exception {
    assertFalse(invoiceIds(CONTOSO).contains("OT-202604-USD"));
    assertEquals(404, refusal(bus.ask(BillingContract.GET_INVOICE, new InvoiceQuery("OT-202604-USD", null), CONTOSO, "test")));
    assertEquals(0, statements(CONTOSO, "2026-04", null).getInteger("totalCount"), "nor on a statement");
    CLOCK.moveTo(Instant.parse("2026-04-02T10:00:00Z"));
    assertTrue(invoiceIds(CONTOSO).contains("OT-202604-USD"));
    assertEquals(1, statements(CONTOSO, "2026-04", null).getInteger("totalCount"));
    assertMoney("33.00", invoice(CONTOSO, "OT-202604-USD"), "totalAmount");
  }

  /** Amounts compared as numbers: the text has them in cents, the parsed JSON as doubles. */
  private static void assertMoney(String expected, JsonObject json, String field, String... message) {
    BigDecimal actual = new BigDecimal(json.getValue(field).toString());
    assertEquals(0, new BigDecimal(expected).compareTo(actual), field + " " + actual + " " + String.join("", message));
  }
}
