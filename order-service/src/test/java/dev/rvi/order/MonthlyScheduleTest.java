package dev.rvi.order;

import static dev.rvi.order.OrderBed.START;
import static dev.rvi.order.OrderBed.assertMoney;
import static dev.rvi.order.OrderBed.line;
import static dev.rvi.order.OrderBed.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.reservation.ReservationUpdate;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly billing plan, numbers worked by hand: the same total as upfront, in one payment per month of the term from
 * the purchase, each in cents and the last taking the rounding; each charged to billing dated in its month. A refund or
 * an exchange credits what was paid and not used and cancels each payment still to come with a credit dated at its
 * month, so that month nets to nothing. OrderBed.Bought on {@link OrderBed#START}: one year is 365 days, three are 1,096.
 */
class MonthlyScheduleTest {
  private static final String PARTNER = "contoso-tenant";
  private static final Caller ADMIN = OrderBed.admin(PARTNER);
  private static final String YEAR = "D16SV5:0001:US";
  private static final String THREE_YEARS = "D16SV5:0002:US";
  private static final OffsetDateTime BOUGHT = START.atOffset(ZoneOffset.UTC);
  private static OrderBed orders;

  @BeforeAll
  static void start() throws Exception {
    orders = OrderBed.start();
    orders.neighbours.offer(YEAR, "Standard_D16s_v5", Term.P1Y, "3650.00", "USD", "US");
    orders.neighbours.offer(THREE_YEARS, "Standard_D16s_v5", Term.P3Y, "10950.00", "USD", "US");
    orders.partner(PARTNER, "1111111", PartnerType.direct);
  }

  @AfterAll
  static void stop() throws Exception {
    orders.close();
  }

  /** A new customer's reservation of one line, bought at {@link OrderBed#START}. */
  private static OrderBed.Bought bought(String name, Function<String, CartLineRequest> line) throws Exception {
    return orders.bought(PARTNER, name, START, line);
  }

  private static List<ChargeEvent> ofType(List<ChargeEvent> charges, String type) {
    return charges.stream().filter(c -> c.chargeType().equals(type)).toList();
  }

  private static BigDecimal sum(List<ChargeEvent> charges) {
    return charges.stream().map(ChargeEvent::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The payments of a schedule: {@code count − 1} of {@code each} and the last one. */
  private static void assertSchedule(List<ChargeEvent> payments, int count, String each, String last) {
    assertEquals(count, payments.size());
    for (int k = 0; k < count; k++) {
      assertMoney(k < count - 1 ? each : last, payments.get(k).amount());
    }
  }

  @Test
  void eachMonthOfTheTermHasItsPaymentDatedInThatMonth() throws Exception {
    OrderBed.Bought year = bought("monthly-1y", s -> monthly(0, YEAR, 1, "P1Y", s));
    assertEquals("Monthly", year.reservation().getString("billingPlan"));
    List<ChargeEvent> payments = orders.charges(year.reservationOrderId(), 12);
    // 3,650.00 / 12 = 304.1666…: eleven of 304.16 and a last one of 3,650.00 − 11 × 304.16 = 304.24.
    assertSchedule(payments, 12, "304.16", "304.24");
    assertMoney("3650.00", sum(payments));
    for (int k = 0; k < 12; k++) {
      ChargeEvent payment = payments.get(k);
      assertEquals("purchase", payment.chargeType());
      assertEquals(BOUGHT.plusMonths(k).toInstant(), payment.createdAt().toInstant(), "payment " + k + " is charged in its month");
      assertEquals(BOUGHT.plusMonths(k).toInstant(), payment.chargeStart().toInstant());
      assertEquals(BOUGHT.plusMonths(k + 1).toInstant(), payment.chargeEnd().toInstant());
    }

    // 10,950.00 / 36 = 304.1666…: 35 of 304.16 and a last one of 10,950.00 − 35 × 304.16 = 304.40, the last on 2029-02-02.
    OrderBed.Bought three = bought("monthly-3y", s -> monthly(0, THREE_YEARS, 1, "P3Y", s));
    List<ChargeEvent> threeYears = orders.charges(three.reservationOrderId(), 36);
    assertSchedule(threeYears, 36, "304.16", "304.40");
    assertEquals(Instant.parse("2029-02-02T09:00:00Z"), threeYears.get(35).createdAt().toInstant());

    // Two instances: 7,300.00 / 12 = 608.33 (eleven times), the last 7,300.00 − 6,691.63 = 608.37; per instance 304.165.
    OrderBed.Bought two = bought("monthly-two", s -> monthly(0, YEAR, 2, "P1Y", s));
    List<ChargeEvent> twice = orders.charges(two.reservationOrderId(), 12);
    assertSchedule(twice, 12, "608.33", "608.37");
    assertMoney("304.165", twice.get(0).unitPrice());
    assertEquals(2, twice.get(0).quantity());

    // Upfront: one charge of the whole term.
    OrderBed.Bought upfront = bought("upfront", s -> line(0, YEAR, 1, "P1Y", s));
    assertEquals("Upfront", upfront.reservation().getString("billingPlan"));
    List<ChargeEvent> once = orders.charges(upfront.reservationOrderId(), 1);
    assertEquals(1, once.size());
    assertMoney("3650.00", once.get(0).amount());
    assertEquals(START, once.get(0).chargeStart().toInstant());
    assertEquals(BOUGHT.plusYears(1).toInstant(), once.get(0).chargeEnd().toInstant());
  }

  @Test
  void aRefundOnDay100CreditsThePaidUnusedPartAndCancelsEachPaymentToCome() throws Exception {
    OrderBed.Bought b = bought("monthly-refund", s -> monthly(0, YEAR, 1, "P1Y", s));
    orders.clock.moveBy(Duration.ofDays(100).plusHours(1));
    JsonObject q = orders.quoteRefund(ADMIN, b.buyer(), b.reservation(), 1);
    // Due by day 100: months 0 to 3 (the 4th falls on day 92, the 5th on day 122): 4 × 304.16 = 1,216.64 paid.
    // To come: 7 × 304.16 + 304.24 = 2,433.36. The 265 days not used are worth 2,650.00; of what was paid,
    // 2,650.00 − 2,433.36 = 216.64 was not used; fee 12 % = 25.9968 → 26.00; refund 190.64. Counted: 216.64 + 2,433.36.
    assertMoney("1216.64", q.getJsonObject("paidSoFar"));
    assertMoney("2433.36", q.getJsonObject("cancelledFuturePayments"));
    assertMoney("2650.00", q.getJsonObject("remainingValue"));
    assertMoney("216.64", q.getJsonObject("credit"));
    assertMoney("26.00", q.getJsonObject("fee"));
    assertMoney("190.64", q.getJsonObject("billingRefundAmount"));
    assertMoney("2650.00", q.getJsonObject("countedAgainstRefundLimit"));
    orders.returnWith(ADMIN, b.buyer(), b.reservation(), 1, q.getString("sessionId"));

    List<ChargeEvent> charges = orders.charges(b.reservationOrderId(), 12 + 1 + 8);
    List<ChargeEvent> refund = ofType(charges, "refund");
    assertEquals(1, refund.size());
    assertMoney("-190.64", refund.get(0).amount());
    assertEquals(orders.clock.instant(), refund.get(0).createdAt().toInstant());
    List<ChargeEvent> cancelled = ofType(charges, "cancellation");
    assertSchedule(cancelled, 8, "-304.16", "-304.24");
    assertEquals(BOUGHT.plusMonths(4).toInstant(), cancelled.get(0).createdAt().toInstant());
    // Each month from the 5th on: its payment and its cancellation, netting to 0; in all 1,216.64 − 190.64 = 1,026.00.
    Map<Instant, BigDecimal> byMonth = new TreeMap<>();
    charges.stream().filter(c -> !c.chargeType().equals("refund"))
        .forEach(c -> byMonth.merge(c.createdAt().toInstant(), c.amount(), BigDecimal::add));
    for (int k = 4; k < 12; k++) {
      assertMoney("0", byMonth.get(BOUGHT.plusMonths(k).toInstant()));
    }
    assertMoney("1026.00", sum(charges));
  }

  @Test
  void withinFiveDaysThePaymentMadeComesBackWholeAndTheRestIsCancelled() throws Exception {
    OrderBed.Bought b = bought("monthly-grace", s -> monthly(0, THREE_YEARS, 1, "P3Y", s));
    orders.clock.moveBy(Duration.ofDays(3));
    JsonObject q = orders.quoteRefund(ADMIN, b.buyer(), b.reservation(), 1);
    // One payment made (304.16), back in full without fee; the 35 to come (10,950.00 − 304.16 = 10,645.84) cancelled.
    assertMoney("304.16", q.getJsonObject("paidSoFar"));
    assertMoney("304.16", q.getJsonObject("billingRefundAmount"));
    assertMoney("0.00", q.getJsonObject("fee"));
    assertMoney("10645.84", q.getJsonObject("cancelledFuturePayments"));
    assertMoney("10950.00", q.getJsonObject("countedAgainstRefundLimit"));
    orders.returnWith(ADMIN, b.buyer(), b.reservation(), 1, q.getString("sessionId"));
    List<ChargeEvent> cancelled = ofType(orders.charges(b.reservationOrderId(), 36 + 1 + 35), "cancellation");
    assertEquals(35, cancelled.size());
    assertMoney("-10645.84", sum(cancelled));

    // One year, on day 2: likewise the first payment (304.16) back, the 11 to come (3,650.00 − 304.16 = 3,345.84) cancelled.
    OrderBed.Bought year = bought("monthly-1y-grace", s -> monthly(0, YEAR, 1, "P1Y", s));
    orders.clock.moveBy(Duration.ofDays(2));
    JsonObject y = orders.quoteRefund(ADMIN, year.buyer(), year.reservation(), 1);
    assertMoney("304.16", y.getJsonObject("billingRefundAmount"));
    assertMoney("3345.84", y.getJsonObject("cancelledFuturePayments"));
    assertMoney("3650.00", y.getJsonObject("countedAgainstRefundLimit"));
  }

  @Test
  void threeYearsMonthlyOnDay100() throws Exception {
    OrderBed.Bought b = bought("monthly-3y-late", s -> monthly(0, THREE_YEARS, 1, "P3Y", s));
    orders.clock.moveBy(Duration.ofDays(100).plusHours(1));
    JsonObject q = orders.quoteRefund(ADMIN, b.buyer(), b.reservation(), 1);
    // 1,096 days: 10,950 × 996 / 1,096 = 9,950.91 not used; paid 4 × 304.16 = 1,216.64; to come 9,733.36;
    // credit 9,950.91 − 9,733.36 = 217.55; fee 12 % = 26.106 → 26.11; refund 191.44.
    assertEquals(1096, q.getInteger("daysTotal"));
    assertMoney("9950.91", q.getJsonObject("remainingValue"));
    assertMoney("1216.64", q.getJsonObject("paidSoFar"));
    assertMoney("9733.36", q.getJsonObject("cancelledFuturePayments"));
    assertMoney("217.55", q.getJsonObject("credit"));
    assertMoney("26.11", q.getJsonObject("fee"));
    assertMoney("191.44", q.getJsonObject("billingRefundAmount"));
    assertMoney("9950.91", q.getJsonObject("countedAgainstRefundLimit"));
  }

  @Test
  void anExchangeCreditsThePaidUnusedPartCancelsWhatIsToComeAndMayChangeThePlan() throws Exception {
    OrderBed.Bought b = bought("monthly-exchange", s -> monthly(0, YEAR, 1, "P1Y", s));
    orders.clock.moveBy(Duration.ofDays(100).plusHours(1));
    ExchangeRequest request = new ExchangeRequest(b.buyer().customerId(),
        List.of(new ExchangeRequest.Return(b.reservation().getString("id"), 1)),
        List.of(new ExchangeRequest.Purchase(THREE_YEARS, 1, "P3Y", b.buyer().subscriptionId(), "Shared", "Monthly", null, null)),
        null, null);
    JsonObject quote = orders.ask(OrderContract.CALCULATE_EXCHANGE, request, ADMIN);
    // As the refund above but without fee: 2,650.00 − 2,433.36 = 216.64; the 8 payments of months 4 to 11 cancelled.
    JsonObject returned = quote.getJsonArray("reservationsToExchange").getJsonObject(0);
    assertMoney("216.64", returned.getValue("refundAmount"));
    assertEquals(8, returned.getJsonArray("cancelledPayments").size());
    assertMoney("216.64", quote.getJsonObject("refundsTotal"));
    assertMoney("10950.00", quote.getJsonObject("purchasesTotal"));
    assertMoney("10733.36", quote.getJsonObject("netPayable"));

    JsonObject done = orders.ask(OrderContract.EXCHANGE, new ExchangeRequest(b.buyer().customerId(), null, null,
        quote.getString("sessionId"), null), ADMIN);
    List<ChargeEvent> old = orders.charges(b.reservationOrderId(), 12 + 1 + 8);
    assertMoney("-216.64", ofType(old, "exchange").get(0).amount());
    assertSchedule(ofType(old, "cancellation"), 8, "-304.16", "-304.24");

    String newOrder = done.getJsonObject("order").getJsonArray("lineItems").getJsonObject(0).getString("reservationOrderId");
    JsonObject bought = orders.ask(OrderContract.LIST_RESERVATIONS, new ListQuery(b.buyer().customerId(), 10, 0, "/r", newOrder), ADMIN)
        .getJsonArray("items").getJsonObject(0);
    assertEquals("Monthly", bought.getString("billingPlan"));
    assertEquals("P3Y", bought.getString("term"));
    // The new term's schedule starts at the exchange.
    List<ChargeEvent> fresh = orders.charges(newOrder, 36);
    assertSchedule(fresh, 36, "304.16", "304.40");
    assertEquals(orders.clock.instant(), fresh.get(0).createdAt().toInstant());
  }

  @Test
  void aRenewalKeepsTheMonthlyPlanAndStartsItsScheduleAtTheExpiry() throws Exception {
    OrderBed.Bought b = bought("monthly-renewal", s -> monthly(0, YEAR, 1, "P1Y", s));
    JsonObject renewing = orders.ask(OrderContract.CONFIGURE_RESERVATION, new ReservationUpdate(b.buyer().customerId(),
        b.reservationOrderId(), b.reservation().getString("id"), null, null, true, null, null, List.of()), ADMIN);
    assertTrue(renewing.getBoolean("renew"), renewing::encode);
    Instant expiry = Instant.parse(b.reservation().getString("expiryDateTime"));
    assertEquals(BOUGHT.plusYears(1).toInstant(), expiry);
    orders.clock.set(expiry.plus(Duration.ofHours(1)));
    JsonObject run = orders.ask(OrderContract.RUN_RENEWALS, NoBody.INSTANCE, new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR)));
    assertEquals(1, run.getInteger("renewed"), run::encode);

    JsonArray reservations = orders.ask(OrderContract.LIST_RESERVATIONS, new ListQuery(b.buyer().customerId(), 10, 0, "/r", null), ADMIN)
        .getJsonArray("items");
    JsonObject successor = reservations.stream().map(JsonObject.class::cast)
        .filter(r -> Instant.parse(r.getString("effectiveDateTime")).equals(expiry)).findFirst().orElseThrow();
    assertEquals("Monthly", successor.getString("billingPlan"));
    List<ChargeEvent> payments = orders.charges(successor.getString("reservationOrderId"), 12);
    assertSchedule(payments, 12, "304.16", "304.24");
    assertEquals(expiry, payments.get(0).chargeStart().toInstant());
    assertEquals(expiry.atOffset(ZoneOffset.UTC).plusMonths(11).toInstant(), payments.get(11).chargeStart().toInstant());
  }
}
