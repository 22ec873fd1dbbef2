package dev.rvi.order;

import static dev.rvi.order.OrderBed.START;
import static dev.rvi.order.OrderBed.assertNoLineError;
import static dev.rvi.order.OrderBed.line;
import static dev.rvi.order.OrderBed.lineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.CartRef;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerType;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of a cart's lines, judged when the cart is made or reviewed and again at checkout: the subscription is the
 * customer's (800011), active (800012) and registered for reservations (800030); the item is in the catalog, sold in
 * the customer's market and of the term asked; at most 10 per line here (800017). A broken rule marks its line, and
 * the checkout is refused with its code. A line that cannot be read refuses the request. A cart expires 7 days after
 * it was made, and is checked out once.
 */
class CartRulesTest {
  private static final String PARTNER = "contoso-tenant";
  private static final Caller ADMIN = OrderBed.admin(PARTNER);
  private static final String ONE_YEAR = "D2SV5:0001:US";
  private static final String THREE_YEARS = "D2SV5:0002:US";
  private static OrderBed orders;

  @BeforeAll
  static void start() throws Exception {
    orders = OrderBed.start(s -> s.withMaximumQuantity(10));
    orders.neighbours.offer(ONE_YEAR, "Standard_D2s_v5", Term.P1Y, "496.17", "USD", "US", "DE");
    orders.neighbours.offer(THREE_YEARS, "Standard_D2s_v5", Term.P3Y, "1023.00", "USD", "US", "DE");
    orders.partner(PARTNER, "1111111", PartnerType.direct);
    orders.partner("fabrikam-tenant", "2222222", PartnerType.direct);
  }

  @AfterAll
  static void stop() throws Exception {
    orders.close();
  }

  private static CartRequest cart(OrderBed.Buyer buyer, CartLineRequest... lines) {
    return new CartRequest(buyer.customerId(), null, List.of(lines), null);
  }

  private static JsonObject create(OrderBed.Buyer buyer, CartLineRequest... lines) throws Exception {
    return orders.ask(OrderContract.CREATE_CART, cart(buyer, lines), ADMIN);
  }

  private static ApiError checkout(OrderBed.Buyer buyer, JsonObject cart) throws Exception {
    return orders.refusal(OrderContract.CHECKOUT, new CartRef(buyer.customerId(), cart.getString("id")), ADMIN);
  }

  /** The line is marked with the rule's code and the checkout refused with it; nothing is ordered. */
  private static void refusedAtLine(OrderBed.Buyer buyer, CartLineRequest line, int code) throws Exception {
    JsonObject cart = create(buyer, line);
    assertEquals(code, lineError(cart, 0), cart::encode);
    ApiError refused = checkout(buyer, cart);
    assertEquals(400, refused.httpStatus());
    assertEquals(code, refused.code(), refused::toString);
    assertEquals(0, orders.count("SELECT count(*) FROM orders.purchase_order WHERE customer_id = '" + buyer.customerId() + "'"));
  }

  private static int refusedRequest(OrderBed.Buyer buyer, CartLineRequest... lines) throws Exception {
    return orders.refusal(OrderContract.CREATE_CART, cart(buyer, lines), ADMIN).httpStatus();
  }

  @Test
  void theSubscriptionIsTheCustomersActiveAndRegistered() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "subscriptions");
    String customer = buyer.customerId();
    orders.subscription(PARTNER, customer, "suspended-sub", "suspended", "registered");
    orders.subscription(PARTNER, customer, "deleted-sub", "deleted", "registered");
    orders.subscription(PARTNER, customer, "unregistered-sub", "active", "notregistered");
    OrderBed.Buyer neighbour = orders.buyer(PARTNER, "neighbour");
    refusedAtLine(buyer, line(0, ONE_YEAR, 1, "P1Y", "no-such-sub"), ErrorCode.NOT_AN_AZURE_SUBSCRIPTION);
    refusedAtLine(buyer, line(0, ONE_YEAR, 1, "P1Y", neighbour.subscriptionId()), ErrorCode.NOT_AN_AZURE_SUBSCRIPTION);
    refusedAtLine(buyer, line(0, ONE_YEAR, 1, "P1Y", "suspended-sub"), ErrorCode.SUBSCRIPTION_NOT_ACTIVE);
    refusedAtLine(buyer, line(0, ONE_YEAR, 1, "P1Y", "deleted-sub"), ErrorCode.SUBSCRIPTION_NOT_ACTIVE);
    refusedAtLine(buyer, line(0, ONE_YEAR, 1, "P1Y", "unregistered-sub"), ErrorCode.SUBSCRIPTION_NOT_REGISTERED);
    // An active, registered subscription buys, also one moved from an Enterprise Agreement.
    assertEquals(1, orders.buy(ADMIN, buyer, null, line(0, ONE_YEAR, 1, "P1Y", buyer.subscriptionId())).getJsonArray("orders").size());
    orders.directory("subscription", "INSERT", OrderBed.subscriptionRow(PARTNER, customer, "from-ea-sub", "active", "registered")
        .put("origin", "transferredFromEA"));
    assertEquals(1, orders.buy(ADMIN, buyer, null, line(0, ONE_YEAR, 1, "P1Y", "from-ea-sub")).getJsonArray("orders").size());
  }

  @Test
  void eachLineIsJudgedByItsOwnSubscription() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "many-lines");
    orders.subscription(PARTNER, buyer.customerId(), "many-suspended", "suspended", "registered");
    orders.subscription(PARTNER, buyer.customerId(), "many-unregistered", "active", "notregistered");
    JsonObject cart = create(buyer, line(0, ONE_YEAR, 1, "P1Y", buyer.subscriptionId()), line(1, ONE_YEAR, 1, "P1Y", "many-suspended"),
        line(2, ONE_YEAR, 1, "P1Y", "many-unregistered"), line(3, ONE_YEAR, 1, "P1Y", "no-such-sub"),
        line(4, ONE_YEAR, 1, "P1Y", buyer.subscriptionId()));
    assertNoLineError(cart, 0);
    assertEquals(ErrorCode.SUBSCRIPTION_NOT_ACTIVE, lineError(cart, 1));
    assertEquals(ErrorCode.SUBSCRIPTION_NOT_REGISTERED, lineError(cart, 2));
    assertEquals(ErrorCode.NOT_AN_AZURE_SUBSCRIPTION, lineError(cart, 3));
    assertNoLineError(cart, 4);
    // Lines broken in different ways: the cart's items have errors (800009), each named.
    ApiError refused = checkout(buyer, cart);
    assertEquals(ErrorCode.CART_ITEM_ERRORS, refused.code());
    assertEquals(3, refused.data().size(), refused::toString);
  }

  @Test
  void theItemIsInTheCatalogSoldInTheCustomersMarketForTheTermAsked() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "items");
    refusedAtLine(buyer, line(0, "NOPE:0001:US", 1, "P1Y", buyer.subscriptionId()), ErrorCode.BAD_REQUEST);
    refusedAtLine(buyer, line(0, ONE_YEAR, 1, "P3Y", buyer.subscriptionId()), ErrorCode.BAD_REQUEST);
    JsonObject mismatch = create(buyer, line(0, ONE_YEAR, 1, "P3Y", buyer.subscriptionId()));
    assertTrue(mismatch.getJsonArray("lineItems").getJsonObject(0).getJsonObject("error").getString("errorDescription")
        .contains("does not match"), mismatch::encode);

    OrderBed.Buyer abroad = orders.buyer(PARTNER, "abroad", "BR", null);
    JsonObject cart = create(abroad, line(0, ONE_YEAR, 1, "P1Y", abroad.subscriptionId()));
    assertTrue(cart.getJsonArray("lineItems").getJsonObject(0).getJsonObject("error").getString("errorDescription")
        .contains("not sold in the customer's market (BR)"), cart::encode);
    assertEquals(400, checkout(abroad, cart).httpStatus());
    OrderBed.Buyer german = orders.buyer(PARTNER, "german", "DE", null);
    assertNoLineError(create(german, line(0, ONE_YEAR, 1, "P1Y", german.subscriptionId())), 0);
  }

  @Test
  void aLineBuysAtMostTheLimit() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "limit");
    assertNoLineError(create(buyer, line(0, ONE_YEAR, 10, "P1Y", buyer.subscriptionId())), 0);
    refusedAtLine(buyer, line(0, ONE_YEAR, 11, "P1Y", buyer.subscriptionId()), ErrorCode.QUANTITY_NOT_AVAILABLE);
    assertEquals(400, refusedRequest(buyer, line(0, ONE_YEAR, 0, "P1Y", buyer.subscriptionId())));
  }

  @Test
  void aLineThatCannotBeReadRefusesTheRequest() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "shapes");
    String sub = buyer.subscriptionId();
    assertEquals(400, refusedRequest(buyer));
    assertEquals(400, refusedRequest(buyer, new CartLineRequest(0, ONE_YEAR, 1, "one_time", "P1Y", sub, "global", null, null, null)));
    assertEquals(400, refusedRequest(buyer, line(0, ONE_YEAR, 1, "P2Y", sub)));
    assertEquals(400, refusedRequest(buyer, new CartLineRequest(0, ONE_YEAR, 1, "annual", "P1Y", sub, "Shared", null, null, null)));
    assertEquals(400, refusedRequest(buyer, new CartLineRequest(0, ONE_YEAR, 1, null, "P1Y", sub, "Shared", null, null, "Weekly")));
    assertEquals(400, refusedRequest(buyer, new CartLineRequest(0, ONE_YEAR, 1, "one_time", "P1Y", sub, "Shared", null, null, "Monthly")),
        "billingCycle and billingPlan disagree");
    assertEquals(400, refusedRequest(buyer, new CartLineRequest(0, ONE_YEAR, 1, "one_time", "P1Y", sub, "Shared", "3Years", null, null)),
        "termDuration and duration disagree");
    assertEquals(400, refusedRequest(buyer, line(0, ONE_YEAR, 1, "P1Y", sub), line(0, ONE_YEAR, 1, "P1Y", sub)), "line ids repeat");
    List<CartLineRequest> many = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      many.add(line(i, ONE_YEAR, 1, "P1Y", sub));
    }
    assertEquals(400, refusedRequest(buyer, many.toArray(CartLineRequest[]::new)), "at most 50 lines");
    // Partner Center's spellings: scope in any case, the term from the duration alone.
    JsonObject spelled = create(buyer, new CartLineRequest(0, THREE_YEARS, 1, "one_time", null, sub, "SHARED", "3Year", null, null));
    JsonObject line = spelled.getJsonArray("lineItems").getJsonObject(0);
    assertEquals("P3Y", line.getString("termDuration"));
    assertEquals("Shared", line.getJsonObject("provisioningContext").getString("scope"));
    assertNoLineError(spelled, 0);
  }

  @Test
  void aCartExpiresSevenDaysAfterItWasMade() throws Exception {
    orders.clock.set(START);
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "expiry");
    JsonObject cart = create(buyer, line(0, ONE_YEAR, 1, "P1Y", buyer.subscriptionId()));
    CartRef ref = new CartRef(buyer.customerId(), cart.getString("id"));
    assertEquals(START.plus(Duration.ofDays(7)).toString(), cart.getString("expirationTimestamp"));
    orders.clock.set(START.plus(Duration.ofDays(7)).minusSeconds(1));
    assertEquals("Active", orders.ask(OrderContract.GET_CART, ref, ADMIN).getString("status"));
    orders.clock.moveBy(Duration.ofSeconds(1));
    assertEquals("Expired", orders.ask(OrderContract.GET_CART, ref, ADMIN).getString("status"));
    ApiError refused = checkout(buyer, cart);
    assertEquals(400, refused.httpStatus());
    assertTrue(refused.description().contains("expired"), refused::toString);
    assertEquals(400, orders.refusal(OrderContract.UPDATE_CART, new CartRequest(buyer.customerId(), cart.getString("id"),
        List.of(line(0, ONE_YEAR, 2, "P1Y", buyer.subscriptionId())), null), ADMIN).httpStatus(), "nor reviewed");
  }

  @Test
  void aCartIsCheckedOutOnceAndThenNotChanged() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "submitted");
    JsonObject cart = create(buyer, line(0, ONE_YEAR, 2, "P1Y", buyer.subscriptionId()));
    CartRef ref = new CartRef(buyer.customerId(), cart.getString("id"));
    JsonObject bought = orders.ask(OrderContract.CHECKOUT, ref, ADMIN);
    assertEquals(1, bought.getJsonArray("orders").size());
    assertEquals("Ordered", orders.ask(OrderContract.GET_CART, ref, ADMIN).getString("status"));
    assertEquals(ErrorCode.CART_ALREADY_SUBMITTED, checkout(buyer, cart).code());
    assertEquals(ErrorCode.CART_ALREADY_SUBMITTED, orders.refusal(OrderContract.UPDATE_CART, new CartRequest(buyer.customerId(),
        cart.getString("id"), List.of(line(0, ONE_YEAR, 3, "P1Y", buyer.subscriptionId())), null), ADMIN).code());
  }

  @Test
  void linesAreJudgedAgainAtReviewAndAtCheckout() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "again");
    JsonObject cart = create(buyer, line(0, ONE_YEAR, 1, "P1Y", buyer.subscriptionId()));
    CartRef ref = new CartRef(buyer.customerId(), cart.getString("id"));
    JsonObject reviewed = orders.ask(OrderContract.UPDATE_CART, new CartRequest(buyer.customerId(), cart.getString("id"),
        List.of(line(0, ONE_YEAR, 11, "P1Y", buyer.subscriptionId())), null), ADMIN);
    assertEquals(ErrorCode.QUANTITY_NOT_AVAILABLE, lineError(reviewed, 0));
    orders.ask(OrderContract.UPDATE_CART, new CartRequest(buyer.customerId(), cart.getString("id"),
        List.of(line(0, ONE_YEAR, 3, "P1Y", buyer.subscriptionId())), null), ADMIN);
    // The subscription is suspended after the review: the checkout finds it, and the cart shows what to fix.
    orders.subscription(PARTNER, buyer.customerId(), buyer.subscriptionId(), "suspended", "registered");
    assertEquals(ErrorCode.SUBSCRIPTION_NOT_ACTIVE, checkout(buyer, cart).code());
    JsonObject marked = orders.ask(OrderContract.GET_CART, ref, ADMIN);
    assertEquals(ErrorCode.SUBSCRIPTION_NOT_ACTIVE, lineError(marked, 0));
    assertEquals(3, marked.getJsonArray("lineItems").getJsonObject(0).getInteger("quantity"));
  }

  @Test
  void anotherPartnersCartIsNotFound() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "owned-cart");
    JsonObject cart = create(buyer, line(0, ONE_YEAR, 1, "P1Y", buyer.subscriptionId()));
    OrderBed.Buyer theirs = orders.buyer("fabrikam-tenant", "their-customer");
    Caller fabrikam = OrderBed.admin("fabrikam-tenant");
    assertEquals(404, orders.refusal(OrderContract.GET_CART, new CartRef(buyer.customerId(), cart.getString("id")), fabrikam).httpStatus());
    ApiError underTheirs = orders.refusal(OrderContract.GET_CART, new CartRef(theirs.customerId(), cart.getString("id")), fabrikam);
    assertEquals(ErrorCode.CART_NOT_FOUND, underTheirs.code(), "the cart is not under their customer either");
    assertEquals(404, orders.refusal(OrderContract.CHECKOUT, new CartRef(theirs.customerId(), cart.getString("id")), fabrikam)
        .httpStatus());
  }

  @Test
  void agentsBuyOnlyForSubscriptionsTheyWereGranted() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "agents");
    Caller sales = new Caller(PARTNER, "sally", Set.of(Role.SALES_AGENT));
    assertEquals(403, orders.refusal(OrderContract.CREATE_CART, cart(buyer, line(0, ONE_YEAR, 1, "P1Y", buyer.subscriptionId())), sales)
        .httpStatus());
    JsonObject grant = new JsonObject().put("subscription_id", buyer.subscriptionId()).put("user_id", "sally").put("partner_id", PARTNER)
        .put("granted_by", PARTNER + "-admin").put("granted_at", "2026-01-01T00:00:00Z");
    orders.directory("agent_access", "INSERT", grant);
    assertNoLineError(orders.ask(OrderContract.CREATE_CART, cart(buyer, line(0, ONE_YEAR, 1, "P1Y", buyer.subscriptionId())), sales), 0);
    orders.directory("agent_access", "DELETE", grant);
    assertEquals(403, orders.refusal(OrderContract.CREATE_CART, cart(buyer, line(0, ONE_YEAR, 1, "P1Y", buyer.subscriptionId())), sales)
        .httpStatus());
  }
}
