package dev.rvi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.customer.CustomerAccess;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.notification.EventsRecorded;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.savingsplan.TradeInRequest;
import dev.rvi.domain.support.Contact;
import dev.rvi.domain.support.SupportAgentAction;
import dev.rvi.domain.support.SupportContract;
import dev.rvi.domain.support.SupportQuery;
import dev.rvi.domain.support.SupportRequestFiling;
import dev.rvi.domain.support.SupportReservation;
import dev.rvi.domain.support.TradeInTarget;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The support service on its own: a real Postgres, a local event bus, and fakes of the order service (one reservation
 * of three instances; refunds it carries out, or refuses, or cannot: as the test sets it; exchanges it carries out; trade-ins it
 * carries out, or refuses below an hourly commitment of 0.091), the directory and the notification service.
 */
class SupportServiceTest {
  private static final String PARTNER = "contoso-tenant";
  private static final Caller ADMIN = new Caller(PARTNER, "alice", Set.of(Role.ADMIN_AGENT));
  private static final Caller STRANGER = new Caller("fabrikam-tenant", "bob", Set.of(Role.ADMIN_AGENT));
  private static final Caller AGENT = new Caller(OperatorTenants.DEMO, "sam", Set.of(Role.SUPPORT_AGENT));
  /** Each refund the order service was asked to carry out: the support request's id, and the partner named. */
  private static final List<String> REFUNDS = new CopyOnWriteArrayList<>();
  /** How the fake order service answers a refund: null carries it out, else this failure. */
  private static final AtomicReference<ApiError> REFUND_FAILS = new AtomicReference<>();
  /** Each exchange the order service was asked to carry out. */
  private static final List<ExchangeRequest> EXCHANGES = new CopyOnWriteArrayList<>();
  /** Each trade-in the order service was asked to carry out, and the partner named. */
  private static final List<TradeInAsked> TRADE_INS = new CopyOnWriteArrayList<>();
  /** The fake order service's smallest hourly commitment a trade-in's credit allows. */
  private static final BigDecimal MINIMUM = new BigDecimal("0.091");
  private static ServiceTestBed bed;

  private record TradeInAsked(TradeInRequest request, String partner) {}

  private static BusClient bus;

  static final class FakeOrder extends ServiceVerticle {
    FakeOrder() {
      super(Address.ORDER, "order");
    }

    @Override
    protected void registerActions() {
      on(OrderContract.RESERVATION_FOR_SUPPORT, (r, q) -> r.caller().tenantId().equals(PARTNER) && q.reservationId().equals("r1")
          ? Future.succeededFuture(new SupportReservation("r1", "ro1", "s1", q.customerId(), 3, "Standard_D4s_v5"))
          : Future.failedFuture(ApiError.of(404, ErrorCode.NOT_FOUND, "reservation not found", "order").exception()));
      on(OrderContract.REFUND_FOR_SUPPORT, Set.of(Role.SUPPORT_AGENT), (r, q) -> {
        ApiError failure = REFUND_FAILS.get();
        if (failure != null) {
          return Future.failedFuture(failure.exception());
        }
        REFUNDS.add(q.externalKey() + " for " + r.onBehalfOf());
        return Future.succeededFuture(Document.of(new JsonObject().put("refunded", q.quantity())));
      });
      on(OrderContract.EXCHANGE_FOR_SUPPORT, Set.of(Role.SUPPORT_AGENT), (r, q) -> {
        EXCHANGES.add(q);
        return Future.succeededFuture(Document.of(new JsonObject().put("exchanged", q.reservationsToExchange().get(0).quantity())));
      });
      on(OrderContract.TRADE_IN_FOR_SUPPORT, Set.of(Role.SUPPORT_AGENT), (r, q) -> {
        if (q.hourlyCommitment() != null && q.hourlyCommitment().compareTo(MINIMUM) < 0) {
          return Future.failedFuture(ApiError.of(422, ErrorCode.UNPROCESSABLE, "commit at least 0.091 USD an hour for P1Y", "order")
              .exception());
        }
        TRADE_INS.add(new TradeInAsked(q, r.onBehalfOf()));
        return Future.succeededFuture(Document.of(new JsonObject().put("status", "Succeeded")
            .put("savingsPlan", new JsonObject().put("tradedInReservations", new JsonArray().add(q.reservationsToReturn().get(0).reservationId())))));
      });
    }
  }

  static final class FakeNeighbours extends ServiceVerticle {
    private final String at;

    FakeNeighbours(String address) {
      super(address, "fake");
      this.at = address;
    }

    @Override
    protected void registerActions() {
      if (at.equals(Address.DIRECTORY)) {
        on(DirectoryContract.CUSTOMER_ACCESS, (r, q) -> Future.succeededFuture(new CustomerAccess(q.customerId(), true, List.of())));
      } else {
        onPlatform(NotificationContract.RECORD_EVENTS, (r, q) -> Future.succeededFuture(new EventsRecorded(q.events().size())));
      }
    }
  }

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("support");
    bus = bed.bus;
    bed.deploy(new FakeOrder());
    bed.deploy(new FakeNeighbours(Address.DIRECTORY));
    bed.deploy(new FakeNeighbours(Address.NOTIFICATION));
    bed.deploy(new SupportVerticle(bed.pool, Clock.systemUTC(), 5_000));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  private static SupportRequestFiling refund(String reservationId, Integer quantity) {
    return new SupportRequestFiling("c1", reservationId, "ro1", "Billing", "ReservationManagement", "ExchangeAndRefund", "refund", quantity,
        null, null, new Contact("email", "Alice", "alice@contoso.example", null, "en", null), "please refund");
  }

  private static ApiError refusal(Future<?> answer) throws Exception {
    Throwable e = answer.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
    return e instanceof ApiException api ? api.error() : null;
  }

  private static JsonObject answer(Future<Document> answer) throws Exception {
    return new JsonObject(answer.await(30, TimeUnit.SECONDS).json());
  }

  private static long stored() throws Exception {
    return bed.pool.query("SELECT count(*) FROM support.support_request").execute().await(30, TimeUnit.SECONDS).iterator().next().getLong(0);
  }

  private static String filedAndAssigned() throws Exception {
    String id = answer(bus.ask(SupportContract.FILE, refund("r1", 2), ADMIN, "t")).getString("id");
    answer(bus.ask(SupportContract.ASSIGN, new SupportAgentAction(id, null, null, null, null), AGENT, "t"));
    return id;
  }

  private static Future<Document> approve(String id) {
    return bus.ask(SupportContract.APPROVE, new SupportAgentAction(id, null, null, null, null), AGENT, "t");
  }

  @Test
  void aFilingOutsideTheReservationIsRefusedAndNothingStored() throws Exception {
    long before = stored();
    assertEquals(400, refusal(bus.ask(SupportContract.FILE, refund("r1", 4), ADMIN, "t")).httpStatus(), "more than the 3 held");
    assertEquals(400, refusal(bus.ask(SupportContract.FILE, refund("r1", 0), ADMIN, "t")).httpStatus());
    assertEquals(404, refusal(bus.ask(SupportContract.FILE, refund("r1", 1), STRANGER, "t")).httpStatus(), "another partner's");
    assertEquals(404, refusal(bus.ask(SupportContract.FILE, refund("r-none", 1), ADMIN, "t")).httpStatus());
    assertEquals(before, stored());
  }

  @Test
  void anApprovedRefundIsCarriedOutOnceForThePartnerThatFiledIt() throws Exception {
    String id = filedAndAssigned();
    assertEquals("completed", answer(approve(id)).getString("status"));
    assertEquals("completed", answer(approve(id)).getString("status"));
    assertEquals(List.of(id + " for " + PARTNER), REFUNDS.stream().filter(r -> r.startsWith(id)).toList());
  }

  @Test
  void aPolicyRefusalGoesBackInProgressAndAnOutageStaysApprovedForARetry() throws Exception {
    String refused = filedAndAssigned();
    REFUND_FAILS.set(ApiError.of(400, ErrorCode.BAD_REQUEST, "the refund cap is reached", "order"));
    try {
      assertEquals(400, refusal(approve(refused)).httpStatus());
    } finally {
      REFUND_FAILS.set(null);
    }
    JsonObject back = answer(bus.ask(SupportContract.GET_FOR_AGENT, new SupportQuery(refused, null, null, null, null,
        null, null, null), AGENT, "t"));
    assertEquals("inProgress", back.getString("status"));
    assertEquals("the refund cap is reached", back.getString("policyError"));

    String retried = filedAndAssigned();
    REFUND_FAILS.set(ApiError.of(503, ErrorCode.UNAVAILABLE, "the order service is away", "order"));
    try {
      assertEquals(503, refusal(approve(retried)).httpStatus());
    } finally {
      REFUND_FAILS.set(null);
    }
    assertNull(REFUNDS.stream().filter(r -> r.startsWith(retried)).findFirst().orElse(null));
    assertEquals("completed", answer(approve(retried)).getString("status"), "approving again carries it out");
    assertEquals(1, REFUNDS.stream().filter(r -> r.startsWith(retried)).count());
  }

  @Test
  void anExchangeIsCarriedOutAsFiledAndThePartnerSeesNoInternalNote() throws Exception {
    ExchangeRequest.Purchase target = new ExchangeRequest.Purchase("DZH318Z0BQ4L:0001:P1Y", 1, "P1Y", "s1", "Shared", null, null, null);
    SupportRequestFiling filing = new SupportRequestFiling("c1", "r1", "ro1", "Billing", "ReservationManagement", "ExchangeAndRefund",
        "exchange", 1, List.of(target), null, new Contact("phone", "Alice", null, "+1 555 0100", null, null), null);
    JsonObject filed = answer(bus.ask(SupportContract.FILE, filing, ADMIN, "t"));
    String id = filed.getString("id");
    assertEquals(new JsonObject().put("preferredContactMethod", "phone").put("name", "Alice").put("phone", "+1 555 0100"),
        filed.getJsonObject("contact"), "the contact as filed, without the fields it did not give");
    assertEquals(new JsonArray().add(new JsonObject().put("catalogItemId", "DZH318Z0BQ4L:0001:P1Y").put("quantity", 1)
        .put("termDuration", "P1Y").put("subscriptionId", "s1").put("scope", "Shared")), filed.getJsonArray("exchangeTarget"));
    assertTrue(filed.containsKey("result") && filed.getValue("result") == null, "what is not there yet is a null");

    answer(bus.ask(SupportContract.ASSIGN, new SupportAgentAction(id, null, null, null, null), AGENT, "t"));
    answer(bus.ask(SupportContract.NOTE, new SupportAgentAction(id, null, "checked the usage", "internal", null), AGENT, "t"));
    JsonObject done = answer(approve(id));
    assertEquals("completed", done.getString("status"));
    assertEquals(new JsonObject().put("exchanged", 1), done.getJsonObject("result"));
    ExchangeRequest carried = EXCHANGES.stream().filter(e -> e.externalKey().equals(id)).findFirst().orElseThrow();
    assertEquals(List.of(target), carried.reservationsToPurchase());
    assertEquals(List.of(new ExchangeRequest.Return("r1", 1)), carried.reservationsToExchange());

    List<String> agentSees = kinds(done);
    JsonObject partnerView = answer(bus.ask(SupportContract.GET_FOR_PARTNER, new SupportQuery(id, "c1", null, null, null, null, null, null),
        ADMIN, "t"));
    assertEquals(List.of("created", "assigned", "note", "approved", "completed"), agentSees);
    assertEquals(List.of("created", "assigned", "approved", "completed"), kinds(partnerView));
    assertEquals(1, partnerView.getJsonArray("history").getJsonObject(0).getJsonObject("detail").getInteger("quantity"));
  }

  private static SupportRequestFiling tradeIn(Integer quantity, TradeInTarget plan) {
    return new SupportRequestFiling("c1", "r1", "ro1", "Billing", "ReservationManagement", "ExchangeAndRefund", "tradeIn", quantity, null,
        plan, new Contact("email", "Alice", "alice@contoso.example", null, null, null), "a savings plan fits the workload better");
  }

  private static TradeInTarget plan(String term, BigDecimal hourly) {
    return new TradeInTarget(term, "Upfront", "Shared", "s1", hourly);
  }

  private static SupportAgentAction on(String id) {
    return new SupportAgentAction(id, null, null, null, null);
  }

  private static JsonObject forAgent(String id) throws Exception {
    return answer(bus.ask(SupportContract.GET_FOR_AGENT, new SupportQuery(id, null, null, null, null, null, null, null), AGENT, "t"));
  }

  private static List<TradeInAsked> tradeInsOf(String id) {
    return TRADE_INS.stream().filter(t -> t.request().externalKey().equals(id)).toList();
  }

  @Test
  void aTradeInIsFiledWithItsSavingsPlanAndCarriedOutOnceForThePartner() throws Exception {
    JsonObject filed = answer(bus.ask(SupportContract.FILE, tradeIn(2, plan("P1Y", null)), ADMIN, "t"));
    String id = filed.getString("id");
    assertEquals("tradeIn", filed.getString("requestedAction"));
    assertEquals(2, filed.getInteger("quantity"));
    assertEquals(new JsonObject().put("term", "P1Y").put("billingPlan", "Upfront").put("appliedScopeType", "Shared").put("subscriptionId", "s1"),
        filed.getJsonObject("tradeInTarget"), "the plan as filed; no commitment asks for the smallest the credit allows");
    assertTrue(filed.containsKey("exchangeTarget") && filed.getValue("exchangeTarget") == null);

    answer(bus.ask(SupportContract.ASSIGN, on(id), AGENT, "t"));
    JsonObject done = answer(approve(id));
    assertEquals("completed", done.getString("status"));
    assertEquals("Succeeded", done.getJsonObject("result").getString("status"));
    assertEquals("completed", answer(approve(id)).getString("status"), "approving again");
    List<TradeInAsked> carried = tradeInsOf(id);
    assertEquals(1, carried.size(), "carried out once");
    assertEquals(PARTNER, carried.get(0).partner());
    TradeInRequest asked = carried.get(0).request();
    assertEquals(List.of(new TradeInRequest.Return("ro1", "r1", 2)), asked.reservationsToReturn());
    assertEquals(List.of("P1Y", "Upfront", "Shared", "s1"), List.of(asked.term(), asked.billingPlan(), asked.appliedScopeType(),
        asked.subscriptionId()));
    assertNull(asked.hourlyCommitment());
    assertNull(asked.sessionId(), "quoted and carried out in one step");
    assertEquals(List.of("created", "assigned", "approved", "completed"), kinds(done));
  }

  @Test
  void aTradeInFilingWithoutAPlanOrOutsideTheReservationIsRefusedAndNothingStored() throws Exception {
    long before = stored();
    assertEquals(400, refusal(bus.ask(SupportContract.FILE, tradeIn(1, null), ADMIN, "t")).httpStatus(), "no savings plan");
    assertEquals(400, refusal(bus.ask(SupportContract.FILE, tradeIn(1, plan("P2Y", null)), ADMIN, "t")).httpStatus());
    assertEquals(400, refusal(bus.ask(SupportContract.FILE, tradeIn(1, plan(null, null)), ADMIN, "t")).httpStatus());
    assertEquals(400, refusal(bus.ask(SupportContract.FILE, tradeIn(1, new TradeInTarget("P1Y", "Weekly", "Shared", "s1", null)), ADMIN, "t"))
        .httpStatus());
    assertEquals(400, refusal(bus.ask(SupportContract.FILE, tradeIn(1, new TradeInTarget("P1Y", null, "Everywhere", "s1", null)), ADMIN, "t"))
        .httpStatus());
    ApiError noSubscription = refusal(bus.ask(SupportContract.FILE, tradeIn(1, new TradeInTarget("P1Y", null, null, null, null)), ADMIN, "t"));
    assertTrue(noSubscription.description().contains("subscriptionId"), noSubscription::description);
    assertEquals(400, refusal(bus.ask(SupportContract.FILE, tradeIn(1, plan("P1Y", BigDecimal.ZERO)), ADMIN, "t")).httpStatus());
    ApiError tooMany = refusal(bus.ask(SupportContract.FILE, tradeIn(4, plan("P1Y", null)), ADMIN, "t"));
    assertEquals(400, tooMany.httpStatus());
    assertEquals("quantity must be 1 to 3", tooMany.description());
    assertEquals(404, refusal(bus.ask(SupportContract.FILE, tradeIn(1, plan("P1Y", null)), STRANGER, "t")).httpStatus(), "another partner's");
    assertEquals(before, stored());
  }

  @Test
  void aTradeInTheOrderServiceRefusesGoesBackInProgressWithTheReason() throws Exception {
    String id = answer(bus.ask(SupportContract.FILE, tradeIn(1, plan("P1Y", new BigDecimal("0.05"))), ADMIN, "t")).getString("id");
    assertEquals(0.05, answer(bus.ask(SupportContract.GET_FOR_PARTNER, new SupportQuery(id, "c1", null, null, null, null, null, null), ADMIN, "t"))
        .getJsonObject("tradeInTarget").getDouble("hourlyCommitment"));
    answer(bus.ask(SupportContract.ASSIGN, on(id), AGENT, "t"));
    ApiError refused = refusal(approve(id));
    assertEquals(422, refused.httpStatus());
    JsonObject back = forAgent(id);
    assertEquals("inProgress", back.getString("status"));
    assertEquals("commit at least 0.091 USD an hour for P1Y", back.getString("policyError"));
    assertTrue(kinds(back).contains("policyRefused"));
    assertTrue(tradeInsOf(id).isEmpty());
    assertEquals("rejected", answer(bus.ask(SupportContract.REJECT, new SupportAgentAction(id, null, null, null, "too small a plan"), AGENT, "t"))
        .getString("status"));
  }

  @Test
  void aRejectedOrClosedTradeInIsNeverCarriedOut() throws Exception {
    String id = answer(bus.ask(SupportContract.FILE, tradeIn(1, plan("P3Y", null)), ADMIN, "t")).getString("id");
    answer(bus.ask(SupportContract.ASSIGN, on(id), AGENT, "t"));
    answer(bus.ask(SupportContract.REJECT, new SupportAgentAction(id, null, null, null, "the customer changed its mind"), AGENT, "t"));
    assertEquals(409, refusal(approve(id)).httpStatus(), "rejected");
    answer(bus.ask(SupportContract.CLOSE, on(id), AGENT, "t"));
    assertEquals(409, refusal(approve(id)).httpStatus(), "closed");
    assertEquals("closed", forAgent(id).getString("status"));
    assertTrue(tradeInsOf(id).isEmpty());
  }

  private static List<String> kinds(JsonObject request) {
    return request.getJsonArray("history").stream().map(line -> ((JsonObject) line).getString("kind")).toList();
  }

  @Test
  void partnerRolesCannotWorkTheQueue() throws Exception {
    String id = answer(bus.ask(SupportContract.FILE, refund("r1", 1), ADMIN, "t")).getString("id");
    assertEquals(403, refusal(bus.ask(SupportContract.ASSIGN, new SupportAgentAction(id, null, null, null, null), ADMIN, "t")).httpStatus());
    Caller forged = new Caller(PARTNER, "eve", Set.of(Role.SUPPORT_AGENT));
    assertEquals(403, refusal(bus.ask(SupportContract.APPROVE, new SupportAgentAction(id, null, null, null, null), forged, "t")).httpStatus(),
        "a support role counts only in the operator's tenant");
  }
}
