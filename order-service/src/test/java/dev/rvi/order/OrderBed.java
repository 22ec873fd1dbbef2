package dev.rvi.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.directory.DirectoryChange;
import dev.rvi.domain.directory.DirectoryChanges;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.CartRef;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.service.ServiceSettings;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The order service on its own, as its module tests run it: a real Postgres with the orders schema migrated, a local
 * event bus that signs as the product's does, a {@link TestClock}, and {@link Neighbours} for the services it asks and
 * tells. The test plays the directory: partners, reseller links, customers and subscriptions reach the service's copy
 * as the directory's changes ({@code APPLY_DIRECTORY}), each newer than the one before. Everything is asked through
 * the service's bus actions ({@link OrderContract}).
 */
final class OrderBed implements AutoCloseable {
  /** A Monday without a 29 February in the year after it: a one-year term from here has 365 days. */
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  final ServiceTestBed bed;
  final BusClient bus;
  final TestClock clock = new TestClock(START);
  final Neighbours neighbours = new Neighbours();
  private final AtomicLong sequence = new AtomicLong();

  /** A customer of a partner's and its one subscription. */
  record Buyer(String customerId, String subscriptionId) {}

  /** A customer's reservation, as listed when it was bought. */
  record Bought(Buyer buyer, JsonObject reservation) {
    String id() {
      return reservation.getString("id");
    }

    String reservationOrderId() {
      return reservation.getString("reservationOrderId");
    }
  }

  private OrderBed(UnaryOperator<ServiceSettings> settings) throws Exception {
    bed = ServiceTestBed.of("orders");
    bus = bed.bus;
    for (ServiceVerticle fake : neighbours.verticles()) {
      bed.deploy(fake);
    }
    // The renewal job runs only when asked, as under the platform's test clock.
    bed.deploy(new OrderVerticle(bed.pool, clock, OrderConfig.of(settings.apply(ServiceSettings.DEFAULT.withJobIntervals(0, 0)))));
  }

  static OrderBed start() throws Exception {
    return new OrderBed(s -> s);
  }

  static OrderBed start(UnaryOperator<ServiceSettings> settings) throws Exception {
    return new OrderBed(settings);
  }

  static Caller admin(String partnerId) {
    return new Caller(partnerId, partnerId + "-admin", Set.of(Role.ADMIN_AGENT));
  }

  // The directory, as its changes reach the order service's copy.

  void directory(String table, String op, JsonObject row) throws Exception {
    long n = sequence.incrementAndGet();
    directory(new DirectoryChange(table, op, row.encode(), n * 1_000, n));
  }

  void directory(DirectoryChange change) throws Exception {
    await(bus.ask(OrderContract.APPLY_DIRECTORY, new DirectoryChanges(List.of(change)), Caller.SYSTEM, "test"));
  }

  /** The next sequence number the test, as the directory, would give a change. */
  long nextSequence() {
    return sequence.incrementAndGet();
  }

  void partner(String id, String mpnId, PartnerType type) throws Exception {
    directory("partner", "INSERT", new JsonObject().put("id", id).put("name", id).put("mpn_id", mpnId).put("type", type.name())
        .put("country", "US").put("created_at", "2026-01-01T00:00:00Z"));
  }

  void link(String providerId, String resellerId) throws Exception {
    directory("reseller_link", "INSERT", linkRow(providerId, resellerId));
  }

  void unlink(String providerId, String resellerId) throws Exception {
    directory("reseller_link", "DELETE", linkRow(providerId, resellerId));
  }

  private static JsonObject linkRow(String providerId, String resellerId) {
    return new JsonObject().put("provider_id", providerId).put("reseller_id", resellerId).put("linked_at", "2026-01-01T00:00:00Z");
  }

  /** A customer of the partner's (with its associated reseller, or null) and one active subscription registered for reservations. */
  Buyer buyer(String partnerId, String name, String country, String associatedResellerId) throws Exception {
    String customerId = name + "-customer";
    directory("customer", "INSERT", new JsonObject().put("id", customerId).put("partner_id", partnerId)
        .put("associated_partner_id", associatedResellerId).put("domain", name + ".example").put("company_name", name)
        .put("culture", "en-US").put("language", "en").put("country", country).put("created_at", "2026-01-01T00:00:00Z"));
    subscription(partnerId, customerId, name + "-sub", "active", "registered");
    return new Buyer(customerId, name + "-sub");
  }

  Buyer buyer(String partnerId, String name) throws Exception {
    return buyer(partnerId, name, "US", null);
  }

  /** A subscription of the customer's in the given state, as added or changed in the directory. */
  void subscription(String partnerId, String customerId, String id, String status, String registration) throws Exception {
    directory("subscription", "INSERT", subscriptionRow(partnerId, customerId, id, status, registration));
  }

  static JsonObject subscriptionRow(String partnerId, String customerId, String id, String status, String registration) {
    return new JsonObject().put("id", id).put("customer_id", customerId).put("partner_id", partnerId).put("friendly_name", "main")
        .put("status", status).put("origin", "csp").put("registration", registration).put("created_at", "2026-01-01T00:00:00Z");
  }

  // Asking the order service.

  static <T> T await(Future<T> answer) throws Exception {
    return answer.await(30, TimeUnit.SECONDS);
  }

  /** The answer of an action that answers a document, as JSON. */
  <Q> JsonObject ask(BusAction<Q, Document> action, Q body, Caller caller) throws Exception {
    return ask(action, body, caller, Map.of());
  }

  <Q> JsonObject ask(BusAction<Q, Document> action, Q body, Caller caller, Map<String, String> headers) throws Exception {
    return new JsonObject(await(bus.ask(action, body, caller, "test", headers)).json());
  }

  /** The refusal of an action; fails the test when it was answered. */
  <Q> ApiError refusal(BusAction<Q, Document> action, Q body, Caller caller) throws Exception {
    return refusal(bus.ask(action, body, caller, "test"));
  }

  static ApiError refusal(Future<?> answer) throws Exception {
    ApiError refused = outcome(answer);
    assertNotNull(refused, "expected a refusal");
    return refused;
  }

  /** The refusal of an answer, or null when it was answered. */
  static ApiError outcome(Future<?> answer) throws Exception {
    Throwable e = answer.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
    if (e != null && !(e instanceof ApiException)) {
      throw new AssertionError("not a refusal in Partner Center's shape", e);
    }
    return e == null ? null : ((ApiException) e).error();
  }

  static Map<String, String> idempotent(String key, String requestHash) {
    return Map.of(Headers.IDEMPOTENCY_KEY, key, Headers.REQUEST_HASH, requestHash);
  }

  // Buying.

  /** A line paid upfront ({@code one_time}) for a term (P1Y, P3Y), its discount shared. */
  static CartLineRequest line(int id, String item, int quantity, String term, String subscriptionId) {
    return new CartLineRequest(id, item, quantity, "one_time", term, subscriptionId, "Shared", null, null, null);
  }

  /** The same, paid monthly. */
  static CartLineRequest monthly(int id, String item, int quantity, String term, String subscriptionId) {
    return new CartLineRequest(id, item, quantity, null, term, subscriptionId, "Shared", null, null, "Monthly");
  }

  JsonObject createCart(Caller caller, Buyer buyer, String resellerMpnId, CartLineRequest... lines) throws Exception {
    return ask(OrderContract.CREATE_CART, new CartRequest(buyer.customerId(), null, List.of(lines), resellerMpnId), caller);
  }

  /** A cart of these lines, checked out: the checkout's answer. */
  JsonObject buy(Caller caller, Buyer buyer, String resellerMpnId, CartLineRequest... lines) throws Exception {
    JsonObject cart = createCart(caller, buyer, resellerMpnId, lines);
    return ask(OrderContract.CHECKOUT, new CartRef(buyer.customerId(), cart.getString("id")), caller);
  }

  /** Buys one line and answers the new reservation as listed. */
  JsonObject reservation(Caller caller, Buyer buyer, CartLineRequest line) throws Exception {
    JsonObject bought = buy(caller, buyer, null, line);
    String reservationOrderId = bought.getJsonArray("orders").getJsonObject(0).getJsonArray("lineItems").getJsonObject(0)
        .getString("reservationOrderId");
    JsonArray items = ask(OrderContract.LIST_RESERVATIONS, new ListQuery(buyer.customerId(), 100, 0, "/reservations",
        reservationOrderId), caller).getJsonArray("items");
    assertEquals(1, items.size());
    return items.getJsonObject(0);
  }

  /** A new customer of the partner's and its reservation of one line (for its subscription), bought by its admin at {@code at}. */
  Bought bought(String partnerId, String name, Instant at, Function<String, CartLineRequest> line) throws Exception {
    clock.set(at);
    Buyer buyer = buyer(partnerId, name);
    return new Bought(buyer, reservation(admin(partnerId), buyer, line.apply(buyer.subscriptionId())));
  }

  static ReservationRef ref(Buyer buyer, JsonObject reservation) {
    return new ReservationRef(buyer.customerId(), reservation.getString("reservationOrderId"), reservation.getString("id"));
  }

  /** The reservation as it is now. */
  JsonObject reservationNow(Caller caller, Buyer buyer, JsonObject reservation) throws Exception {
    return ask(OrderContract.GET_RESERVATION, ref(buyer, reservation), caller);
  }

  static RefundRequest refund(Buyer buyer, JsonObject reservation, Integer quantity, String sessionId) {
    return new RefundRequest(buyer.customerId(), reservation.getString("reservationOrderId"), reservation.getString("id"), quantity,
        sessionId, sessionId == null ? null : "no longer needed", null);
  }

  JsonObject quoteRefund(Caller caller, Buyer buyer, JsonObject reservation, int quantity) throws Exception {
    return ask(OrderContract.CALCULATE_REFUND, refund(buyer, reservation, quantity, null), caller);
  }

  JsonObject returnWith(Caller caller, Buyer buyer, JsonObject reservation, int quantity, String sessionId) throws Exception {
    return ask(OrderContract.RETURN_RESERVATION, refund(buyer, reservation, quantity, sessionId), caller);
  }

  // What the neighbours were told.

  /** The charges and credits billing holds of one reservation order, once at least {@code count} are there. */
  List<ChargeEvent> charges(String reservationOrderId, int count) throws Exception {
    return eventually(() -> neighbours.charges().stream().filter(c -> reservationOrderId.equals(c.reservationOrderId())).toList(),
        list -> list.size() >= count);
  }

  /** The events of a customer of one type the notification service holds, in the order told, once at least {@code count} are there. */
  List<PartnerEvent> events(String customerId, String type, int count) throws Exception {
    return eventually(() -> neighbours.events().stream().filter(e -> customerId.equals(e.customerId()) && type.equals(e.type())).toList(),
        list -> list.size() >= count);
  }

  private interface Look<T> {
    T now();
  }

  /** What a look shows once it passes, or what it last showed after ten seconds (the relays deliver every second). */
  private static <T> T eventually(Look<T> look, Predicate<T> done) throws Exception {
    long until = System.currentTimeMillis() + 10_000;
    T seen = look.now();
    while (!done.test(seen) && System.currentTimeMillis() < until) {
      Thread.sleep(50);
      seen = look.now();
    }
    return seen;
  }

  /** A count (or any one number) from the service's own tables. */
  long count(String query) throws Exception {
    Object value = await(bed.pool.query(query).execute()).iterator().next().getValue(0);
    return value == null ? 0 : ((Number) value).longValue();
  }

  // Amounts.

  /** An amount in Azure's shape ({@code {"currencyCode", "amount"}}) or a bare number. */
  static BigDecimal amount(Object value) {
    Object amount = value instanceof JsonObject json ? json.getValue("amount") : value;
    return new BigDecimal(amount.toString());
  }

  static void assertMoney(String expected, Object actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(amount(actual)), () -> "expected " + expected + " but was " + actual);
  }

  /** The line's error code in a cart's answer, or null when the line passed. */
  static Integer lineError(JsonObject cart, int line) {
    JsonObject error = cart.getJsonArray("lineItems").getJsonObject(line).getJsonObject("error");
    return error == null ? null : error.getInteger("errorCode");
  }

  static void assertNoLineError(JsonObject cart, int line) {
    assertNull(lineError(cart, line), cart::encode);
  }

  @Override
  public void close() throws Exception {
    bed.close();
  }
}
