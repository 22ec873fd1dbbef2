package dev.rvi.order;

import static dev.rvi.order.OrderBed.START;
import static dev.rvi.order.OrderBed.assertMoney;
import static dev.rvi.order.OrderBed.line;
import static dev.rvi.order.OrderBed.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.reservation.RefundRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cancelling with a refund, numbers worked by hand. A one-year reservation bought on {@link OrderBed#START} runs 365
 * days (no 29 February before 2027-03-02), a three-year one 1,096 (2028-02-29 is in it). Policy: the days not used
 * prorated daily; within 5 days an unused reservation back whole, a used one prorated, both without fee; after them
 * the prorated value less a 12 % fee; what is cancelled counts against USD 50,000 per customer over 365 days, and
 * reaching 80 % and 100 % of it is told to the partner.
 */
class RefundRulesTest {
  private static final String PARTNER = "contoso-tenant";
  private static final Caller ADMIN = OrderBed.admin(PARTNER);
  /** Standard_D16s_v5 for one year at USD 3,650.00: USD 10.00 a day. */
  private static final String YEAR = "D16SV5:0001:US";
  private static final String THREE_YEARS = "D16SV5:0002:US";
  /** USD 1,000.00 for one year: round numbers against the cap. */
  private static final String THOUSAND = "D4SV5:0001:US";
  private static OrderBed orders;

  @BeforeAll
  static void start() throws Exception {
    orders = OrderBed.start();
    orders.neighbours.offer(YEAR, "Standard_D16s_v5", Term.P1Y, "3650.00", "USD", "US");
    orders.neighbours.offer(THREE_YEARS, "Standard_D16s_v5", Term.P3Y, "10950.00", "USD", "US");
    orders.neighbours.offer(THOUSAND, "Standard_D4s_v5", Term.P1Y, "1000.00", "USD", "US");
    orders.partner(PARTNER, "1111111", PartnerType.direct);
    orders.partner("fabrikam-tenant", "2222222", PartnerType.direct);
  }

  @AfterAll
  static void stop() throws Exception {
    orders.close();
  }

  /** A new customer and its reservation of {@code quantity} instances, bought at {@link OrderBed#START}. */
  private static OrderBed.Bought bought(String name, String item, int quantity, String term) throws Exception {
    return orders.bought(PARTNER, name, START, s -> line(0, item, quantity, term, s));
  }

  private static JsonObject quote(OrderBed.Bought b, int quantity) throws Exception {
    return orders.quoteRefund(ADMIN, b.buyer(), b.reservation(), quantity);
  }

  private static JsonObject returned(OrderBed.Bought b, JsonObject quote) throws Exception {
    return orders.returnWith(ADMIN, b.buyer(), b.reservation(), quote.getInteger("quantity"), quote.getString("sessionId"));
  }

  private static JsonObject ledger(OrderBed.Buyer buyer) throws Exception {
    return orders.ask(OrderContract.GET_REFUND_LIMIT, new CustomerRef(buyer.customerId()), ADMIN);
  }

  @Test
  void withinFiveDaysAnUnusedReservationComesBackWhole() throws Exception {
    OrderBed.Bought b = bought("grace-unused", YEAR, 3, "P1Y");
    orders.clock.moveBy(Duration.ofDays(3));
    JsonObject q = quote(b, 1);
    // One of three: 3,650.00 paid for it, all of it back, no fee. The days not used are worth 3,650 × 362 / 365 = 3,620.00.
    assertEquals(3, q.getInteger("daysUsed"));
    assertEquals(365, q.getInteger("daysTotal"));
    assertMoney("3650.00", q.getJsonObject("purchaseValue"));
    assertMoney("3620.00", q.getJsonObject("remainingValue"));
    assertMoney("3650.00", q.getJsonObject("credit"));
    assertMoney("0.00", q.getJsonObject("fee"));
    assertMoney("3650.00", q.getJsonObject("billingRefundAmount"));
    assertMoney("3650.00", q.getJsonObject("countedAgainstRefundLimit"));
  }

  @Test
  void withinFiveDaysAUsedReservationIsProratedWithoutFee() throws Exception {
    OrderBed.Bought b = bought("grace-used", YEAR, 1, "P1Y");
    orders.neighbours.markUsed(b.reservation().getString("id"));
    orders.clock.moveBy(Duration.ofDays(3));
    JsonObject q = quote(b, 1);
    // A VM it covers ran: 3,650 × (365 − 3) / 365 = 3,620.00, no fee within the 5 days; that is what counts.
    assertMoney("3620.00", q.getJsonObject("billingRefundAmount"));
    assertMoney("0.00", q.getJsonObject("fee"));
    assertMoney("3620.00", q.getJsonObject("countedAgainstRefundLimit"));
  }

  @Test
  void theGracePeriodEndsFiveDaysAfterTheStart() throws Exception {
    OrderBed.Bought b = bought("grace-end", YEAR, 1, "P1Y");
    orders.clock.moveBy(Duration.ofDays(5).minusSeconds(1));
    JsonObject last = quote(b, 1);
    assertEquals(4, last.getInteger("daysUsed"));
    assertMoney("3650.00", last.getJsonObject("billingRefundAmount"));
    orders.clock.moveBy(Duration.ofSeconds(1));
    JsonObject after = quote(b, 1);
    // Five whole days used: 3,650 × 360 / 365 = 3,600.00; fee 12 % = 432.00; refund 3,168.00.
    assertEquals(5, after.getInteger("daysUsed"));
    assertMoney("3600.00", after.getJsonObject("remainingValue"));
    assertMoney("432.00", after.getJsonObject("fee"));
    assertMoney("3168.00", after.getJsonObject("billingRefundAmount"));
  }

  @Test
  void afterFiveDaysTheProratedValueLessTheFeeCarriedOutOnce() throws Exception {
    OrderBed.Bought b = bought("day-100", YEAR, 3, "P1Y");
    orders.clock.moveBy(Duration.ofDays(100).plusHours(1));
    JsonObject q = quote(b, 1);
    // 3,650 × (365 − 100) / 365 = 2,650.00; fee 12 % = 318.00; refund 2,332.00; counted 2,650.00 (before the fee).
    assertEquals(100, q.getInteger("daysUsed"));
    assertMoney("2650.00", q.getJsonObject("remainingValue"));
    assertMoney("318.00", q.getJsonObject("fee"));
    assertMoney("2332.00", q.getJsonObject("billingRefundAmount"));
    assertMoney("2650.00", q.getJsonObject("countedAgainstRefundLimit"));
    JsonObject policy = q.getJsonObject("policyResult");
    assertMoney("0", policy.getJsonObject("consumedRefundsTotal"));
    assertMoney("50000", policy.getJsonObject("maxRefundLimit"));
    assertEquals(0, policy.getJsonArray("policyErrors").size());

    JsonObject returned = returned(b, q);
    assertEquals("Succeeded", returned.getString("status"));
    assertEquals(2, returned.getInteger("remainingQuantity"));
    assertMoney("2332.00", returned.getJsonObject("billingRefundAmount"));
    assertEquals(returned.getString("id"), returned(b, q).getString("id"), "a session is carried out once");
    assertEquals(2, orders.reservationNow(ADMIN, b.buyer(), b.reservation()).getInteger("quantity"));

    // Billing: the purchase (3 × 3,650.00) and one credit of the refund, dated at the return.
    List<ChargeEvent> charges = orders.charges(b.reservationOrderId(), 2);
    assertEquals(List.of("purchase", "refund"), charges.stream().map(ChargeEvent::chargeType).toList());
    assertMoney("10950.00", charges.get(0).amount());
    assertMoney("-2332.00", charges.get(1).amount());
    assertEquals(orders.clock.instant(), charges.get(1).createdAt().toInstant());
    List<PartnerEvent> told = orders.events(b.buyer().customerId(), EventTypes.REFUND_COMPLETED, 1);
    assertEquals(1, told.size());
    assertMoney("2332.00", new JsonObject(told.get(0).data()).getValue("refundAmount"));

    assertMoney("2650.00", quote(b, 2).getJsonObject("policyResult").getJsonObject("consumedRefundsTotal"));
  }

  @Test
  void aRefundCountsForExactly365Days() throws Exception {
    OrderBed.Bought b = bought("ledger", YEAR, 1, "P1Y");
    JsonObject empty = ledger(b.buyer());
    assertMoney("50000", empty.getJsonObject("maxRefundLimit"));
    assertMoney("0", empty.getJsonObject("consumedRefundsTotal"));
    assertEquals(365, empty.getInteger("windowDays"));

    orders.clock.moveBy(Duration.ofDays(100).plusHours(1));
    Instant returnedAt = orders.clock.instant();
    returned(b, quote(b, 1));
    // Counted: the 265 days not used, 2,650.00; 50,000 − 2,650 = 47,350.00 remain; free again 365 days after the return.
    JsonObject counted = ledger(b.buyer());
    assertMoney("2650.00", counted.getJsonObject("consumedRefundsTotal"));
    assertMoney("47350.00", counted.getJsonObject("remaining"));
    JsonObject release = counted.getJsonArray("releases").getJsonObject(0);
    assertMoney("2650.00", release.getValue("amount"));
    assertEquals(returnedAt.plus(Duration.ofDays(365)), Instant.parse(release.getString("date")));
    assertEquals(404, orders.refusal(OrderContract.GET_REFUND_LIMIT, new CustomerRef(b.buyer().customerId()),
        OrderBed.admin("fabrikam-tenant")).httpStatus(), "another partner has no ledger of this customer");

    orders.clock.set(returnedAt.plus(Duration.ofDays(365)).minusSeconds(1));
    assertMoney("2650.00", ledger(b.buyer()).getJsonObject("consumedRefundsTotal"));
    orders.clock.moveBy(Duration.ofSeconds(1));
    assertMoney("0", ledger(b.buyer()).getJsonObject("consumedRefundsTotal"));
  }

  @Test
  void reaching80And100PercentOfTheCapIsToldAndPassingItRefused() throws Exception {
    OrderBed.Bought fifty = bought("cap", THOUSAND, 50, "P1Y");
    JsonObject one = orders.reservation(ADMIN, fifty.buyer(), line(0, THOUSAND, 1, "P1Y", fifty.buyer().subscriptionId()));
    orders.clock.moveBy(Duration.ofDays(1));
    // Within 5 days and unused each instance comes back whole: 1,000.00 counted apiece.
    returned(fifty, quote(fifty, 39));   // 39,000.00: 78 %
    returned(fifty, quote(fifty, 1));    // 40,000.00: 80 %
    returned(fifty, quote(fifty, 10));   // 50,000.00: 100 %, not over
    JsonObject over = orders.quoteRefund(ADMIN, fifty.buyer(), one, 1);   // 51,000.00 would be over
    JsonObject policy = over.getJsonObject("policyResult");
    assertMoney("50000.00", policy.getJsonObject("consumedRefundsTotal"));
    assertEquals("RefundLimitExceeded", policy.getJsonArray("policyErrors").getJsonObject(0).getString("code"));
    ApiError refused = orders.refusal(OrderContract.RETURN_RESERVATION, refund(fifty.buyer(), one, 1, over.getString("sessionId")), ADMIN);
    assertEquals(400, refused.httpStatus());
    assertTrue(refused.data().get(0).startsWith("RefundLimitExceeded"), refused::toString);
    assertEquals(1, orders.reservationNow(ADMIN, fifty.buyer(), one).getInteger("quantity"));

    // The outbox tells in order: once the 100 % event is there, every earlier one is too.
    List<PartnerEvent> thresholds = orders.events(fifty.buyer().customerId(), EventTypes.REFUND_LIMIT_THRESHOLD, 2);
    assertEquals(List.of(80, 100), thresholds.stream().map(e -> new JsonObject(e.data()).getInteger("thresholdPercent")).toList());
    JsonObject eighty = new JsonObject(thresholds.get(0).data());
    assertMoney("40000.00", eighty.getValue("consumedRefundsTotal"));
    assertMoney("10000.00", eighty.getValue("remaining"));
    assertMoney("0", new JsonObject(thresholds.get(1).data()).getValue("remaining"));
  }

  @Test
  void concurrentReturnsNeverPassTheCapAndItFreesUpAfter365Days() throws Exception {
    orders.clock.set(START);
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "cap-race");
    // Ten reservations of two instances, in one cart; and a three-year one.
    CartLineRequest[] lines = new CartLineRequest[10];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = line(i, YEAR, 2, "P1Y", buyer.subscriptionId());
    }
    orders.buy(ADMIN, buyer, null, lines);
    JsonObject longOne = orders.reservation(ADMIN, buyer, line(0, THREE_YEARS, 1, "P3Y", buyer.subscriptionId()));
    List<JsonObject> pairs = orders.ask(OrderContract.LIST_RESERVATIONS, new ListQuery(buyer.customerId(), 100, 0, "/r", null), ADMIN)
        .getJsonArray("items").stream().map(JsonObject.class::cast).filter(r -> r.getString("term").equals("P1Y")).toList();
    assertEquals(10, pairs.size());
    orders.clock.moveBy(Duration.ofDays(100).plusHours(1));
    // Twenty quotes of one instance (two of each reservation), 2,650.00 counted apiece, each allowed alone...
    List<RefundRequest> returns = new ArrayList<>();
    for (JsonObject pair : pairs) {
      for (int i = 0; i < 2; i++) {
        JsonObject q = orders.quoteRefund(ADMIN, buyer, pair, 1);
        assertEquals(0, q.getJsonObject("policyResult").getJsonArray("policyErrors").size());
        returns.add(refund(buyer, pair, 1, q.getString("sessionId")));
      }
    }
    // ...carried out at once: 18 × 2,650 = 47,700 fit under 50,000; a 19th would make 50,350.
    List<Future<Document>> calls = new ArrayList<>();
    for (RefundRequest r : returns) {
      calls.add(orders.bus.ask(OrderContract.RETURN_RESERVATION, r, ADMIN, "race"));
    }
    int succeeded = 0;
    for (Future<Document> call : calls) {
      ApiError refused = OrderBed.outcome(call);
      if (refused == null) {
        succeeded++;
      } else {
        assertEquals(400, refused.httpStatus(), refused::toString);
        assertTrue(refused.data().get(0).startsWith("RefundLimitExceeded"), refused::toString);
      }
    }
    assertEquals(18, succeeded);
    assertEquals(2, orders.count("SELECT sum(quantity) FROM orders.reservation WHERE customer_id = '" + buyer.customerId()
        + "' AND term = 'P1Y'"), "two instances were not returned");
    // The three-year one would count 10,950 × (1,096 − 100) / 1,096 = 9,950.91 more: over the cap.
    JsonObject capped = orders.quoteRefund(ADMIN, buyer, longOne, 1);
    assertMoney("9950.91", capped.getJsonObject("countedAgainstRefundLimit"));
    assertMoney("47700.00", capped.getJsonObject("policyResult").getJsonObject("consumedRefundsTotal"));
    assertEquals("RefundLimitExceeded", capped.getJsonObject("policyResult").getJsonArray("policyErrors").getJsonObject(0).getString("code"));

    orders.clock.moveBy(Duration.ofDays(365));
    JsonObject reset = orders.quoteRefund(ADMIN, buyer, longOne, 1);
    assertMoney("0", reset.getJsonObject("policyResult").getJsonObject("consumedRefundsTotal"));
    assertEquals("Succeeded", orders.returnWith(ADMIN, buyer, longOne, 1, reset.getString("sessionId")).getString("status"));
  }

  @Test
  void returnsAreRefusedClearly() throws Exception {
    OrderBed.Bought b = bought("refusals", YEAR, 1, "P1Y");
    assertEquals(400, orders.refusal(OrderContract.CALCULATE_REFUND, refund(b.buyer(), b.reservation(), 2, null), ADMIN).httpStatus(),
        "more than it holds");
    assertEquals(400, orders.refusal(OrderContract.CALCULATE_REFUND, refund(b.buyer(), b.reservation(), 0, null), ADMIN).httpStatus());
    assertEquals(404, orders.refusal(OrderContract.RETURN_RESERVATION, refund(b.buyer(), b.reservation(), 1, "no-such-session"), ADMIN)
        .httpStatus());
    // A quote holds for 10 minutes.
    String session = quote(b, 1).getString("sessionId");
    orders.clock.moveBy(Duration.ofMinutes(10));
    ApiError expired = orders.refusal(OrderContract.RETURN_RESERVATION, refund(b.buyer(), b.reservation(), 1, session), ADMIN);
    assertEquals(400, expired.httpStatus());
    assertTrue(expired.description().contains("expired"), expired::toString);
    String fresh = quote(b, 1).getString("sessionId");
    assertEquals(400, orders.refusal(OrderContract.RETURN_RESERVATION, refund(b.buyer(), b.reservation(), 2, fresh), ADMIN).httpStatus(),
        "the session quoted another quantity");
    orders.clock.moveBy(Duration.ofMinutes(10).minusSeconds(1));
    assertEquals("Succeeded", orders.returnWith(ADMIN, b.buyer(), b.reservation(), 1, fresh).getString("status"));
    JsonObject cancelled = orders.reservationNow(ADMIN, b.buyer(), b.reservation());
    assertEquals(0, cancelled.getInteger("quantity"));
    assertEquals("Cancelled", cancelled.getString("displayProvisioningState"));
    assertEquals(409, orders.refusal(OrderContract.CALCULATE_REFUND, refund(b.buyer(), b.reservation(), 1, null), ADMIN).httpStatus());
    assertEquals(404, orders.refusal(OrderContract.CALCULATE_REFUND, refund(b.buyer(), b.reservation(), 1, null),
        OrderBed.admin("fabrikam-tenant")).httpStatus(), "another partner's");
    assertEquals(403, orders.refusal(OrderContract.CALCULATE_REFUND, refund(b.buyer(), b.reservation(), 1, null),
        new Caller(PARTNER, "bea", Set.of(Role.BILLING_ADMIN))).httpStatus(), "billing admins do not cancel");
  }
}
