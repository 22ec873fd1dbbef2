package dev.rvi.order;

import static dev.rvi.order.OrderBed.START;
import static dev.rvi.order.OrderBed.assertMoney;
import static dev.rvi.order.OrderBed.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.reservation.ExchangeEligibility;
import dev.rvi.domain.reservation.ExchangeRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exchange, numbers worked by hand on one-year reservations bought on {@link OrderBed#START} (365 days): the returned
 * instances are worth the prorated value of the days not used, without fee and not counted against the refund cap;
 * returns and purchases are in one currency; the new purchases total at least the returned value; a quote holds
 * 10 minutes and is carried out once. Compute reservations bought from the cutover (here 2027-01-01) are not
 * exchangeable; those bought before it keep one final exchange.
 */
class ExchangeRulesTest {
  private static final String PARTNER = "contoso-tenant";
  private static final Caller ADMIN = OrderBed.admin(PARTNER);
  private static final LocalDate CUTOVER = LocalDate.parse("2027-01-01");
  /** USD 3,650.00 a year: USD 10.00 a day per instance. */
  private static final String YEAR = "D16SV5:0001:US";
  private static final String BIGGER = "E8SV5:0001:US";
  private static final String SMALL = "D2SV5:0001:US";
  private static final String IN_EUROS = "E8SV5:0002:US";
  /** Three years of Standard_E8s_v5 in West Europe: another size, series, region and term than the returned ones. */
  private static final String ELSEWHERE = "E8SV5:0003:US";
  private static OrderBed orders;

  @BeforeAll
  static void start() throws Exception {
    orders = OrderBed.start(s -> s.withExchangeEligibility(new ExchangeEligibility(CUTOVER, ExchangeEligibility.DEFAULT.kinds())));
    orders.neighbours.offer(YEAR, "Standard_D16s_v5", Term.P1Y, "3650.00", "USD", "US");
    orders.neighbours.offer(BIGGER, "Standard_E8s_v5", Term.P1Y, "6000.00", "USD", "US");
    orders.neighbours.offer(SMALL, "Standard_D2s_v5", Term.P1Y, "710.00", "USD", "US");
    orders.neighbours.offer(IN_EUROS, "Standard_E8s_v5", Term.P1Y, "6000.00", "EUR", "US");
    orders.neighbours.offer(ELSEWHERE, "Standard_E8s_v5", "Esv5", "westeurope", Term.P3Y, "15000.00", "USD", "US");
    orders.partner(PARTNER, "1111111", PartnerType.direct);
    orders.partner("fabrikam-tenant", "2222222", PartnerType.direct);
  }

  @AfterAll
  static void stop() throws Exception {
    orders.close();
  }

  private static ExchangeRequest exchange(OrderBed.Bought b, int quantity, String item, int buy) {
    return exchange(b, quantity, new ExchangeRequest.Purchase(item, buy, "P1Y", b.buyer().subscriptionId(), "Shared", null, null, null));
  }

  private static ExchangeRequest exchange(OrderBed.Bought b, int quantity, ExchangeRequest.Purchase purchase) {
    return new ExchangeRequest(b.buyer().customerId(), List.of(new ExchangeRequest.Return(b.id(), quantity)), List.of(purchase), null, null);
  }

  private static ExchangeRequest session(OrderBed.Bought b, String sessionId) {
    return new ExchangeRequest(b.buyer().customerId(), null, null, sessionId, null);
  }

  /** A new customer's reservation of {@code quantity} one-year instances bought at {@code at}. */
  private static OrderBed.Bought bought(String name, int quantity, Instant at) throws Exception {
    return orders.bought(PARTNER, name, at, s -> line(0, YEAR, quantity, "P1Y", s));
  }

  private static JsonObject quote(ExchangeRequest request) throws Exception {
    return orders.ask(OrderContract.CALCULATE_EXCHANGE, request, ADMIN);
  }

  private static JsonArray policyErrors(JsonObject quote) {
    return quote.getJsonObject("policyResult").getJsonArray("policyErrors");
  }

  @Test
  void theReturnedValueIsTheProratedRemainderWithoutFeeAppliedOnce() throws Exception {
    OrderBed.Bought b = bought("exchange-value", 2, START);
    orders.clock.moveBy(Duration.ofDays(73).plusHours(1));
    JsonObject quote = quote(exchange(b, 2, BIGGER, 1));
    // 2 × 3,650.00 = 7,300.00 × (365 − 73) / 365 = 5,840.00, no fee; one E8s_v5 at 6,000.00; 160.00 to pay.
    assertMoney("5840.00", quote.getJsonObject("refundsTotal"));
    assertMoney("5840.00", quote.getJsonArray("reservationsToExchange").getJsonObject(0).getValue("refundAmount"));
    assertMoney("6000.00", quote.getJsonObject("purchasesTotal"));
    assertMoney("160.00", quote.getJsonObject("netPayable"));
    assertEquals(0, policyErrors(quote).size(), quote::encode);
    assertEquals(orders.clock.instant().plus(Duration.ofMinutes(10)), Instant.parse(quote.getString("validUntil")));

    JsonObject done = orders.ask(OrderContract.EXCHANGE, session(b, quote.getString("sessionId")), ADMIN);
    assertEquals("Succeeded", done.getString("status"));
    assertEquals(done, orders.ask(OrderContract.EXCHANGE, session(b, quote.getString("sessionId")), ADMIN), "carried out once");

    JsonObject returned = orders.reservationNow(ADMIN, b.buyer(), b.reservation());
    assertEquals(0, returned.getInteger("quantity"));
    assertEquals("Exchanged", returned.getString("displayProvisioningState"));
    String newOrder = done.getJsonObject("order").getJsonArray("lineItems").getJsonObject(0).getString("reservationOrderId");
    JsonObject fresh = orders.ask(OrderContract.LIST_RESERVATIONS, new ListQuery(b.buyer().customerId(), 10, 0, "/r", newOrder), ADMIN)
        .getJsonArray("items").getJsonObject(0);
    assertEquals("Standard_E8s_v5", fresh.getString("skuName"));
    assertEquals(orders.clock.instant(), Instant.parse(fresh.getString("effectiveDateTime")), "the new term starts now");

    // Billing: one credit of the returned value and one purchase, however often the exchange was asked.
    List<ChargeEvent> credits = orders.charges(b.reservation().getString("reservationOrderId"), 2);
    assertEquals(List.of("purchase", "exchange"), credits.stream().map(ChargeEvent::chargeType).toList());
    assertMoney("-5840.00", credits.get(1).amount());
    List<ChargeEvent> bought = orders.charges(newOrder, 1);
    assertEquals(1, bought.size());
    assertMoney("6000.00", bought.get(0).amount());
    assertEquals(1, orders.events(b.buyer().customerId(), EventTypes.EXCHANGE_COMPLETED, 1).size());
    // Exchanges do not count against the refund cap.
    assertMoney("0", orders.ask(OrderContract.GET_REFUND_LIMIT, new CustomerRef(b.buyer().customerId()), ADMIN)
        .getJsonObject("consumedRefundsTotal"));
  }

  @Test
  void partOfAReservationMayBeExchanged() throws Exception {
    OrderBed.Bought b = bought("exchange-part", 2, START);
    orders.clock.moveBy(Duration.ofDays(73).plusHours(1));
    // One of the two: 3,650.00 × 292 / 365 = 2,920.00.
    JsonObject quote = quote(exchange(b, 1, BIGGER, 1));
    assertMoney("2920.00", quote.getJsonObject("refundsTotal"));
    orders.ask(OrderContract.EXCHANGE, session(b, quote.getString("sessionId")), ADMIN);
    JsonObject kept = orders.reservationNow(ADMIN, b.buyer(), b.reservation());
    assertEquals(1, kept.getInteger("quantity"));
  }

  @Test
  void theNewPurchasesTotalAtLeastTheReturnedValue() throws Exception {
    OrderBed.Bought b = bought("exchange-commitment", 2, START);
    orders.clock.moveBy(Duration.ofDays(10).plusHours(1));
    // Returned: 7,300.00 × 355 / 365 = 7,100.00. Nine instances at 710.00 are 6,390.00: too little; ten are 7,100.00: enough.
    JsonObject short1 = quote(exchange(b, 2, SMALL, 9));
    assertMoney("7100.00", short1.getJsonObject("refundsTotal"));
    assertEquals("InsufficientNewCommitment", policyErrors(short1).getJsonObject(0).getString("code"));
    ApiError refused = orders.refusal(OrderContract.EXCHANGE, session(b, short1.getString("sessionId")), ADMIN);
    assertEquals(400, refused.httpStatus());
    assertTrue(refused.data().get(0).startsWith("InsufficientNewCommitment"), refused::toString);
    assertEquals(2, orders.reservationNow(ADMIN, b.buyer(), b.reservation()).getInteger("quantity"), "nothing changed");

    JsonObject enough = quote(exchange(b, 2, SMALL, 10));
    assertMoney("7100.00", enough.getJsonObject("purchasesTotal"));
    assertEquals(0, policyErrors(enough).size(), enough::encode);

    // Size, series, region and term may all change: one E8s_v5 for three years in West Europe (15,000.00).
    JsonObject elsewhere = quote(exchange(b, 2, new ExchangeRequest.Purchase(ELSEWHERE, 1, "P3Y", b.buyer().subscriptionId(), "Shared",
        null, null, null)));
    assertEquals(0, policyErrors(elsewhere).size(), elsewhere::encode);
    assertMoney("7900.00", elsewhere.getJsonObject("netPayable"));
  }

  @Test
  void returnsAndPurchasesAreInOneCurrency() throws Exception {
    OrderBed.Bought b = bought("exchange-currency", 1, START);
    orders.clock.moveBy(Duration.ofDays(10));
    JsonObject quote = quote(exchange(b, 1, IN_EUROS, 1));
    assertEquals("CurrencyMismatch", policyErrors(quote).getJsonObject(0).getString("code"), quote::encode);
    assertEquals(400, orders.refusal(OrderContract.EXCHANGE, session(b, quote.getString("sessionId")), ADMIN).httpStatus());
  }

  @Test
  void aQuoteHoldsTenMinutes() throws Exception {
    OrderBed.Bought b = bought("exchange-expiry", 1, START);
    orders.clock.moveBy(Duration.ofDays(10));
    String session = quote(exchange(b, 1, BIGGER, 1)).getString("sessionId");
    orders.clock.moveBy(Duration.ofMinutes(10));
    ApiError expired = orders.refusal(OrderContract.EXCHANGE, session(b, session), ADMIN);
    assertEquals(400, expired.httpStatus());
    assertTrue(expired.description().contains("expired"), expired::toString);
    String fresh = quote(exchange(b, 1, BIGGER, 1)).getString("sessionId");
    orders.clock.moveBy(Duration.ofMinutes(10).minusSeconds(1));
    assertEquals("Succeeded", orders.ask(OrderContract.EXCHANGE, session(b, fresh), ADMIN).getString("status"));
  }

  @Test
  void quotesAreRefusedClearly() throws Exception {
    OrderBed.Bought b = bought("exchange-refusals", 2, START);
    assertEquals(400, orders.refusal(OrderContract.CALCULATE_EXCHANGE, exchange(b, 3, BIGGER, 1), ADMIN).httpStatus(), "more than it holds");
    assertEquals(400, orders.refusal(OrderContract.CALCULATE_EXCHANGE, new ExchangeRequest(b.buyer().customerId(), List.of(),
        exchange(b, 1, BIGGER, 1).reservationsToPurchase(), null, null), ADMIN).httpStatus(), "nothing returned");
    ExchangeRequest twice = new ExchangeRequest(b.buyer().customerId(), List.of(new ExchangeRequest.Return(b.id(), 1),
        new ExchangeRequest.Return(b.id(), 1)), exchange(b, 1, BIGGER, 1).reservationsToPurchase(), null, null);
    assertEquals(400, orders.refusal(OrderContract.CALCULATE_EXCHANGE, twice, ADMIN).httpStatus(), "one reservation named twice");
    ExchangeRequest elsewhere = new ExchangeRequest(b.buyer().customerId(), exchange(b, 1, BIGGER, 1).reservationsToExchange(),
        List.of(new ExchangeRequest.Purchase(BIGGER, 1, "P1Y", "not-a-subscription", "Shared", null, null, null)), null, null);
    assertEquals(ErrorCode.NOT_AN_AZURE_SUBSCRIPTION, orders.refusal(OrderContract.CALCULATE_EXCHANGE, elsewhere, ADMIN).code(),
        "a purchase is checked as a cart line is");
    assertEquals(404, orders.refusal(OrderContract.CALCULATE_EXCHANGE, exchange(b, 1, BIGGER, 1), OrderBed.admin("fabrikam-tenant"))
        .httpStatus(), "another partner's");
    assertEquals(404, orders.refusal(OrderContract.EXCHANGE, session(b, "no-such-session"), ADMIN).httpStatus());
    // A refusal names the purchase as the request listed it.
    ApiError badScope = orders.refusal(OrderContract.CALCULATE_EXCHANGE, exchange(b, 1, new ExchangeRequest.Purchase(BIGGER, 1, "P1Y",
        b.buyer().subscriptionId(), "Nowhere", null, null, null)), ADMIN);
    assertEquals(400, badScope.httpStatus());
    assertTrue(badScope.description().startsWith("reservationsToPurchase[0]"), badScope::toString);
  }

  @Test
  void boughtBeforeTheCutoverKeepsOneFinalExchangeAndFromItNone() throws Exception {
    OrderBed.Bought before = bought("exchange-cutover", 1, Instant.parse("2026-12-20T09:00:00Z"));
    assertEquals("eligible", before.reservation().getString("exchangeEligibility"));
    orders.clock.set(Instant.parse("2027-01-02T09:00:00Z"));
    JsonObject old = orders.reservationNow(ADMIN, before.buyer(), before.reservation());
    assertEquals("finalExchange", old.getString("exchangeEligibility"));
    assertTrue(old.getString("exchangeEligibilityReason").contains(CUTOVER.toString()), old::encode);

    JsonObject after = orders.reservation(ADMIN, before.buyer(), line(0, YEAR, 1, "P1Y", before.buyer().subscriptionId()));
    assertEquals("notExchangeable", after.getString("exchangeEligibility"));
    OrderBed.Bought late = new OrderBed.Bought(before.buyer(), after);
    ApiError refused = orders.refusal(OrderContract.CALCULATE_EXCHANGE, exchange(late, 1, BIGGER, 1), ADMIN);
    assertEquals(400, refused.httpStatus());
    assertTrue(refused.description().contains("cannot be exchanged"), refused::toString);

    JsonObject done = orders.ask(OrderContract.EXCHANGE, session(before, quote(exchange(before, 1, BIGGER, 1))
        .getString("sessionId")), ADMIN);
    String newOrder = done.getJsonObject("order").getJsonArray("lineItems").getJsonObject(0).getString("reservationOrderId");
    JsonObject bought = orders.ask(OrderContract.LIST_RESERVATIONS, new ListQuery(before.buyer().customerId(), 10, 0, "/r", newOrder),
        ADMIN).getJsonArray("items").getJsonObject(0);
    assertEquals("notExchangeable", bought.getString("exchangeEligibility"), "what the final exchange bought is bought after the cutover");
  }
}
