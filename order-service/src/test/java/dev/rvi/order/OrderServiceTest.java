package dev.rvi.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.billing.ChargesRecorded;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.directory.DirectoryChange;
import dev.rvi.domain.directory.DirectoryChanges;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.notification.EventsRecorded;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.CartRef;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.service.ServiceSettings;
import dev.rvi.domain.usage.ReservationChange;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsedSince;
import dev.rvi.domain.usage.UtilizationSummary;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order service on its own: a real Postgres, a local event bus, and fakes of its neighbours that answer their
 * contracts — the catalog (one item sold in the US), usage, billing and the notification service (which keep what
 * they are told). The test plays the directory: it sends the partner, customers and subscriptions as changes.
 */
class OrderServiceTest {
  private static final String PARTNER = "contoso-tenant";
  private static final Caller ADMIN = new Caller(PARTNER, "alice", Set.of(Role.ADMIN_AGENT));
  private static final Caller STRANGER = new Caller("fabrikam-tenant", "bob", Set.of(Role.ADMIN_AGENT));
  private static final String ITEM = "DZH318Z0BQ4L:0001:US";
  private static final List<ChargeEvent> CHARGES = new CopyOnWriteArrayList<>();
  private static final List<ReservationChange> RESERVATIONS = new CopyOnWriteArrayList<>();
  private static ServiceTestBed bed;
  private static BusClient bus;
  private static long sequence;

  /** The catalog, usage, billing and notification services, as the order service sees them. */
  static final class Neighbours extends ServiceVerticle {
    private final String at;

    Neighbours(String address) {
      super(address, "fake");
      this.at = address;
    }

    @Override
    protected void registerActions() {
      switch (at) {
        case Address.CATALOG -> on(CatalogContract.RESOLVE_CATALOG_ITEM, (r, q) -> q.catalogItemId().equals(ITEM)
            ? Future.succeededFuture(new CatalogItem(ITEM, "DZH318Z0BQ4L", "0001", "Standard_D4s_v5", "eastus", "US East", "Dsv5",
                BigDecimal.ONE, Term.P1Y, new BigDecimal("1000.00"), "USD", "US".equals(q.country()), q.country()))
            : Future.failedFuture(ApiError.of(404, ErrorCode.NOT_FOUND, "no such item", "catalog").exception()));
        case Address.USAGE -> {
          onPlatform(UsageContract.APPLY_RESERVATIONS, (r, q) -> {
            RESERVATIONS.addAll(q.changes());
            return Future.succeededFuture(NoBody.INSTANCE);
          });
          onPlatform(UsageContract.RESERVATION_OVERVIEW, (r, q) -> Future.succeededFuture(new UtilizationSummary(null, List.of())));
          onPlatform(UsageContract.USED_SINCE, (r, q) -> Future.succeededFuture(new UsedSince(false)));
        }
        case Address.BILLING -> onPlatform(BillingContract.RECORD_CHARGES, (r, q) -> {
          CHARGES.addAll(q.charges());
          return Future.succeededFuture(new ChargesRecorded(q.charges().size()));
        });
        default -> onPlatform(NotificationContract.RECORD_EVENTS, (r, q) -> Future.succeededFuture(new EventsRecorded(q.events().size())));
      }
    }
  }

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("orders");
    bus = bed.bus;
    for (String address : List.of(Address.CATALOG, Address.USAGE, Address.BILLING, Address.NOTIFICATION)) {
      bed.deploy(new Neighbours(address));
    }
    bed.deploy(new OrderVerticle(bed.pool, Clock.systemUTC(), OrderConfig.of(ServiceSettings.DEFAULT.withMaximumQuantity(50))));
    directory("partner", "INSERT", new JsonObject().put("id", PARTNER).put("name", "Contoso").put("mpn_id", "1111111").put("type", "direct")
        .put("country", "US").put("created_at", "2026-01-01T00:00:00Z"));
    directory("partner", "INSERT", new JsonObject().put("id", "fabrikam-tenant").put("name", "Fabrikam").put("mpn_id", "2222222")
        .put("type", "direct").put("country", "US").put("created_at", "2026-01-01T00:00:00Z"));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  /** A change as the directory sends it, each newer than the one before. */
  private static void directory(String table, String op, JsonObject row) throws Exception {
    sequence++;
    directory(new DirectoryChange(table, op, row.encode(), sequence * 1_000, sequence));
  }

  private static void directory(DirectoryChange change) throws Exception {
    bus.ask(OrderContract.APPLY_DIRECTORY, new DirectoryChanges(List.of(change)), Caller.SYSTEM, "test").await(30, TimeUnit.SECONDS);
  }

  private static JsonObject subscriptionRow(String id, String customerId, String status, String registration) {
    return new JsonObject().put("id", id).put("customer_id", customerId).put("partner_id", PARTNER).put("friendly_name", "main")
        .put("status", status).put("origin", "csp").put("registration", registration).put("created_at", "2026-01-01T00:00:00Z");
  }

  /** A customer of the partner's with one subscription in the given state: {customerId, subscriptionId}. */
  private static String[] customer(String name, String country, String status, String registration) throws Exception {
    String customerId = name + "-customer";
    directory("customer", "INSERT", new JsonObject().put("id", customerId).put("partner_id", PARTNER).put("domain", name + ".example")
        .put("company_name", name).put("culture", "en-US").put("language", "en").put("country", country)
        .put("created_at", "2026-01-01T00:00:00Z"));
    directory("subscription", "INSERT", subscriptionRow(name + "-sub", customerId, status, registration));
    return new String[] {customerId, name + "-sub"};
  }

  private static CartRequest cart(String[] c, String item, int quantity) {
    return new CartRequest(c[0], null, List.of(new CartLineRequest(0, item, quantity, "one_time", "P1Y", c[1], "Shared", "1Year", null, null)),
        null);
  }

  private static <T> T ask(Future<T> answer) throws Exception {
    return answer.await(30, TimeUnit.SECONDS);
  }

  /** The refusal's error, or null when it was answered. */
  private static ApiError refusal(Future<?> answer) throws Exception {
    Throwable e = answer.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
    return e instanceof ApiException api ? api.error() : null;
  }

  private static String cartId(Caller caller, CartRequest request) throws Exception {
    return new JsonObject(ask(bus.ask(OrderContract.CREATE_CART, request, caller, "test")).json()).getString("id");
  }

  /** The cart is made with its line marked by the rule's code; checkout refuses with that code and makes nothing. */
  private static void refusedAtLine(String[] c, String item, int quantity, int code) throws Exception {
    JsonObject cart = new JsonObject(ask(bus.ask(OrderContract.CREATE_CART, cart(c, item, quantity), ADMIN, "t")).json());
    assertEquals(code, cart.getJsonArray("lineItems").getJsonObject(0).getJsonObject("error").getInteger("errorCode"), cart::encode);
    int charges = CHARGES.size();
    ApiError refused = refusal(bus.ask(OrderContract.CHECKOUT, new CartRef(c[0], cart.getString("id")), ADMIN, "t"));
    assertEquals(400, refused.httpStatus());
    assertEquals(code, refused.code());
    assertEquals(charges, CHARGES.size(), "nothing was charged");
  }

  @Test
  void aLineBreakingARuleIsMarkedAndItsCheckoutRefused() throws Exception {
    refusedAtLine(customer("unregistered", "US", "active", "notregistered"), ITEM, 1, ErrorCode.SUBSCRIPTION_NOT_REGISTERED);
    refusedAtLine(customer("suspended", "US", "suspended", "registered"), ITEM, 1, ErrorCode.SUBSCRIPTION_NOT_ACTIVE);
    String[] fine = customer("limits", "US", "active", "registered");
    refusedAtLine(fine, ITEM, 51, ErrorCode.QUANTITY_NOT_AVAILABLE);
    refusedAtLine(fine, "NOPE:0001:US", 1, ErrorCode.BAD_REQUEST);
    refusedAtLine(customer("abroad", "DE", "active", "registered"), ITEM, 1, ErrorCode.BAD_REQUEST);
    refusedAtLine(new String[] {fine[0], "not-a-subscription"}, ITEM, 1, ErrorCode.NOT_AN_AZURE_SUBSCRIPTION);
  }

  @Test
  void anotherPartnersCustomerIsNotFound() throws Exception {
    String[] c = customer("owned", "US", "active", "registered");
    assertEquals(404, refusal(bus.ask(OrderContract.CREATE_CART, cart(c, ITEM, 1), STRANGER, "t")).httpStatus());
    String cartId = cartId(ADMIN, cart(c, ITEM, 1));
    assertEquals(404, refusal(bus.ask(OrderContract.GET_CART, new CartRef(c[0], cartId), STRANGER, "t")).httpStatus());
  }

  @Test
  void aCheckoutAnswersOnceBillingAndUsageHaveWhatItMade() throws Exception {
    String[] c = customer("buyer", "US", "active", "registered");
    String cartId = cartId(ADMIN, cart(c, ITEM, 3));
    JsonObject order = new JsonObject(ask(bus.ask(OrderContract.CHECKOUT, new CartRef(c[0], cartId), ADMIN, "t",
        Map.of(Headers.IDEMPOTENCY_KEY, "checkout-1", Headers.REQUEST_HASH, "h1"))).json());
    String orderId = order.getJsonArray("orders").getJsonObject(0).getString("id");
    assertTrue(CHARGES.stream().anyMatch(ch -> orderId.equals(ch.orderId()) && ch.amount().compareTo(new BigDecimal("3000.00")) == 0),
        () -> "billing has the charge of 3 × 1000.00 before the answer: " + CHARGES);
    assertTrue(RESERVATIONS.stream().anyMatch(r -> r.op().equals("INSERT") && r.row().contains(c[0]) && r.row().contains("\"quantity\": 3")),
        () -> "usage has the reservation before the answer: " + RESERVATIONS);
    JsonObject again = new JsonObject(ask(bus.ask(OrderContract.CHECKOUT, new CartRef(c[0], cartId), ADMIN, "t",
        Map.of(Headers.IDEMPOTENCY_KEY, "checkout-1", Headers.REQUEST_HASH, "h1"))).json());
    assertEquals(orderId, again.getJsonArray("orders").getJsonObject(0).getString("id"), "a retried checkout replays its order");
    assertEquals(ErrorCode.CART_ALREADY_SUBMITTED, refusal(bus.ask(OrderContract.CHECKOUT, new CartRef(c[0], cartId), ADMIN, "t")).code());
  }

  @Test
  void aLateOlderDirectoryChangeDoesNotUndoANewerOne() throws Exception {
    String[] c = customer("late", "US", "active", "registered");
    sequence += 2;
    directory(new DirectoryChange("subscription", "UPDATE", subscriptionRow(c[1], c[0], "suspended", "registered").encode(),
        sequence * 1_000, sequence));
    directory(new DirectoryChange("subscription", "UPDATE", subscriptionRow(c[1], c[0], "active", "registered").encode(),
        (sequence - 1) * 1_000, sequence - 1));
    refusedAtLine(c, ITEM, 1, ErrorCode.SUBSCRIPTION_NOT_ACTIVE);
  }

  @Test
  void onlyThePlatformAppliesDirectoryChanges() throws Exception {
    Caller operator = new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR));
    DirectoryChange forged = new DirectoryChange("partner", "INSERT", new JsonObject().put("id", "evil").put("name", "E").put("mpn_id", "9")
        .put("type", "direct").put("country", "US").put("created_at", "2026-01-01T00:00:00Z").encode(), Long.MAX_VALUE / 2, 1);
    assertEquals(403, refusal(bus.ask(OrderContract.APPLY_DIRECTORY, new DirectoryChanges(List.of(forged)), operator, "t")).httpStatus());
    assertEquals(400, refusal(bus.ask(OrderContract.APPLY_DIRECTORY, new DirectoryChanges(List.of(
        new DirectoryChange("order", "INSERT", "{}", 1, 1))), Caller.SYSTEM, "t")).httpStatus(), "no copy of that table");
  }
}
