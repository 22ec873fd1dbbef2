package dev.rvi.order;

import static dev.rvi.order.OrderBed.idempotent;
import static dev.rvi.order.OrderBed.line;
import static dev.rvi.order.OrderBed.lineError;
import static dev.rvi.order.OrderBed.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.directory.DirectoryChange;
import dev.rvi.domain.directory.DirectoryChanges;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.order.CartRef;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerType;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order service on its own ({@link OrderBed}): a real Postgres, a local event bus, and fakes of its neighbours that
 * answer their contracts — the catalog (one item sold in the US), usage, billing and the notification service (which
 * keep what they are told). The test plays the directory: it sends the partner, customers and subscriptions as changes.
 */
class OrderServiceTest {
  private static final String PARTNER = "contoso-tenant";
  private static final Caller ADMIN = OrderBed.admin(PARTNER);
  private static final Caller STRANGER = OrderBed.admin("fabrikam-tenant");
  private static final String ITEM = "DZH318Z0BQ4L:0001:US";
  private static OrderBed orders;

  @BeforeAll
  static void start() throws Exception {
    orders = OrderBed.start(s -> s.withMaximumQuantity(50));
    orders.neighbours.offer(ITEM, "Standard_D4s_v5", Term.P1Y, "1000.00", "USD", "US");
    orders.partner(PARTNER, "1111111", PartnerType.direct);
    orders.partner("fabrikam-tenant", "2222222", PartnerType.direct);
  }

  @AfterAll
  static void stop() throws Exception {
    orders.close();
  }

  /** A customer of the partner's with one subscription in the given state. */
  private static OrderBed.Buyer customer(String name, String country, String status, String registration) throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, name, country, null);
    orders.subscription(PARTNER, buyer.customerId(), buyer.subscriptionId(), status, registration);
    return buyer;
  }

  /** The cart is made with its line marked by the rule's code; checkout refuses with that code and makes nothing. */
  private static void refusedAtLine(OrderBed.Buyer buyer, String item, int quantity, int code) throws Exception {
    JsonObject cart = orders.createCart(ADMIN, buyer, null, line(0, item, quantity, "P1Y", buyer.subscriptionId()));
    assertEquals(code, lineError(cart, 0), cart::encode);
    int charges = orders.neighbours.charges().size();
    ApiError refused = orders.refusal(OrderContract.CHECKOUT, new CartRef(buyer.customerId(), cart.getString("id")), ADMIN);
    assertEquals(400, refused.httpStatus());
    assertEquals(code, refused.code());
    assertEquals(charges, orders.neighbours.charges().size(), "nothing was charged");
  }

  @Test
  void aLineBreakingARuleIsMarkedAndItsCheckoutRefused() throws Exception {
    refusedAtLine(customer("unregistered", "US", "active", "notregistered"), ITEM, 1, ErrorCode.SUBSCRIPTION_NOT_REGISTERED);
    refusedAtLine(customer("suspended", "US", "suspended", "registered"), ITEM, 1, ErrorCode.SUBSCRIPTION_NOT_ACTIVE);
    OrderBed.Buyer fine = customer("limits", "US", "active", "registered");
    refusedAtLine(fine, ITEM, 51, ErrorCode.QUANTITY_NOT_AVAILABLE);
    refusedAtLine(fine, "NOPE:0001:US", 1, ErrorCode.BAD_REQUEST);
    refusedAtLine(customer("abroad", "DE", "active", "registered"), ITEM, 1, ErrorCode.BAD_REQUEST);
    refusedAtLine(new OrderBed.Buyer(fine.customerId(), "not-a-subscription"), ITEM, 1, ErrorCode.NOT_AN_AZURE_SUBSCRIPTION);
  }

  @Test
  void anotherPartnersCustomerIsNotFound() throws Exception {
    OrderBed.Buyer buyer = customer("owned", "US", "active", "registered");
    assertEquals(404, orders.refusal(OrderContract.CREATE_CART, new CartRequest(buyer.customerId(), null,
        List.of(line(0, ITEM, 1, "P1Y", buyer.subscriptionId())), null), STRANGER).httpStatus());
    String cartId = orders.createCart(ADMIN, buyer, null, line(0, ITEM, 1, "P1Y", buyer.subscriptionId())).getString("id");
    assertEquals(404, orders.refusal(OrderContract.GET_CART, new CartRef(buyer.customerId(), cartId), STRANGER).httpStatus());
  }

  @Test
  void aCheckoutAnswersOnceBillingAndUsageHaveWhatItMade() throws Exception {
    OrderBed.Buyer buyer = customer("buyer", "US", "active", "registered");
    String cartId = orders.createCart(ADMIN, buyer, null, line(0, ITEM, 3, "P1Y", buyer.subscriptionId())).getString("id");
    CartRef cart = new CartRef(buyer.customerId(), cartId);
    JsonObject order = orders.ask(OrderContract.CHECKOUT, cart, ADMIN, idempotent("checkout-1", "h1"));
    String orderId = order.getJsonArray("orders").getJsonObject(0).getString("id");
    assertTrue(orders.neighbours.charges().stream().anyMatch(ch -> orderId.equals(ch.orderId())
        && ch.amount().compareTo(new BigDecimal("3000.00")) == 0), () -> "billing has the charge of 3 × 1000.00 before the answer");
    assertTrue(orders.neighbours.reservationChanges().stream().anyMatch(r -> r.op().equals("INSERT") && r.row().contains(buyer.customerId())
        && r.row().contains("\"quantity\": 3")), () -> "usage has the reservation before the answer");
    JsonObject again = orders.ask(OrderContract.CHECKOUT, cart, ADMIN, idempotent("checkout-1", "h1"));
    assertEquals(orderId, again.getJsonArray("orders").getJsonObject(0).getString("id"), "a retried checkout replays its order");
    assertEquals(ErrorCode.CART_ALREADY_SUBMITTED, orders.refusal(OrderContract.CHECKOUT, cart, ADMIN).code());
  }

  @Test
  void aLateOlderDirectoryChangeDoesNotUndoANewerOne() throws Exception {
    OrderBed.Buyer buyer = customer("late", "US", "active", "registered");
    long older = orders.nextSequence();
    long newer = orders.nextSequence();
    orders.directory(new DirectoryChange("subscription", "UPDATE", OrderBed.subscriptionRow(PARTNER, buyer.customerId(),
        buyer.subscriptionId(), "suspended", "registered").encode(), newer * 1_000, newer));
    orders.directory(new DirectoryChange("subscription", "UPDATE", OrderBed.subscriptionRow(PARTNER, buyer.customerId(),
        buyer.subscriptionId(), "active", "registered").encode(), older * 1_000, older));
    refusedAtLine(buyer, ITEM, 1, ErrorCode.SUBSCRIPTION_NOT_ACTIVE);
  }

  @Test
  void onlyThePlatformAppliesDirectoryChanges() throws Exception {
    Caller operator = new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR));
    DirectoryChange forged = new DirectoryChange("partner", "INSERT", new JsonObject().put("id", "evil").put("name", "E").put("mpn_id", "9")
        .put("type", "direct").put("country", "US").put("created_at", "2026-01-01T00:00:00Z").encode(), Long.MAX_VALUE / 2, 1);
    assertEquals(403, refusal(orders.bus.ask(OrderContract.APPLY_DIRECTORY, new DirectoryChanges(List.of(forged)), operator, "t"))
        .httpStatus());
    assertEquals(400, refusal(orders.bus.ask(OrderContract.APPLY_DIRECTORY, new DirectoryChanges(List.of(
        new DirectoryChange("order", "INSERT", "{}", 1, 1))), Caller.SYSTEM, "t")).httpStatus(), "no copy of that table");
  }
}
