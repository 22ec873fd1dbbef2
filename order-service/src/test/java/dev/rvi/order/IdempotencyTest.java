package dev.rvi.order;

import static dev.rvi.order.OrderBed.idempotent;
import static dev.rvi.order.OrderBed.line;
import static dev.rvi.order.OrderBed.outcome;
import static java.util.Collections.nCopies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.order.CartRef;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.reservation.RefundRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exactly once. A creating request with an Idempotency-Key (the gateway sends the key and the hash of the body): the
 * same key and body answer the first response, also while it is being made; the same key with another body is a 422;
 * keys are per partner; a refused request frees its key. Without a key, concurrent checkouts of one cart make one order.
 * A support agent's refund is carried out once per external key (the support request).
 */
class IdempotencyTest {
  private static final String PARTNER = "contoso-tenant";
  private static final String OTHER = "fabrikam-tenant";
  private static final Caller ADMIN = OrderBed.admin(PARTNER);
  private static final String ITEM = "D2SV5:0001:US";
  private static OrderBed orders;

  @BeforeAll
  static void start() throws Exception {
    orders = OrderBed.start();
    orders.neighbours.offer(ITEM, "Standard_D2s_v5", Term.P1Y, "496.17", "USD", "US");
    orders.partner(PARTNER, "1111111", PartnerType.direct);
    orders.partner(OTHER, "2222222", PartnerType.direct);
  }

  @AfterAll
  static void stop() throws Exception {
    orders.close();
  }

  private static CartRequest cart(OrderBed.Buyer buyer, int quantity) {
    return new CartRequest(buyer.customerId(), null, List.of(line(0, ITEM, quantity, "P1Y", buyer.subscriptionId())), null);
  }

  private static long carts(OrderBed.Buyer buyer) throws Exception {
    return orders.count("SELECT count(*) FROM orders.cart WHERE customer_id = '" + buyer.customerId() + "'");
  }

  private static long purchases(OrderBed.Buyer buyer) throws Exception {
    return orders.count("SELECT count(*) FROM orders.purchase_order WHERE customer_id = '" + buyer.customerId() + "'");
  }

  /** Every request sent at once: the answers, in the order sent. */
  private static <Q> List<Future<Document>> atOnce(BusAction<Q, Document> action, List<Q> bodies, Caller caller,
                                                   List<Map<String, String>> headers) {
    List<Future<Document>> calls = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      calls.add(orders.bus.ask(action, bodies.get(i), caller, "race-" + i, headers.get(i)));
    }
    return calls;
  }

  @Test
  void theSameKeyAndBodyAnswerTheFirstResponse() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "replay");
    JsonObject first = orders.ask(OrderContract.CREATE_CART, cart(buyer, 2), ADMIN, idempotent("cart-key", "body-a"));
    JsonObject again = orders.ask(OrderContract.CREATE_CART, cart(buyer, 2), ADMIN, idempotent("cart-key", "body-a"));
    assertEquals(first, again);
    assertEquals(1, carts(buyer));

    CartRef ref = new CartRef(buyer.customerId(), first.getString("id"));
    JsonObject bought = orders.ask(OrderContract.CHECKOUT, ref, ADMIN, idempotent("checkout-key", "empty"));
    assertEquals(bought, orders.ask(OrderContract.CHECKOUT, ref, ADMIN, idempotent("checkout-key", "empty")), "a retry gets the same order");
    assertEquals(1, purchases(buyer));
    String orderId = bought.getJsonArray("orders").getJsonObject(0).getString("id");
    assertEquals(1, orders.neighbours.charges().stream().filter(c -> orderId.equals(c.orderId())).count(), "charged once");
    // Another key is another request: the cart was submitted.
    assertEquals(ErrorCode.CART_ALREADY_SUBMITTED, orders.refusal(OrderContract.CHECKOUT, ref, ADMIN).code());
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndKeysArePerPartner() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "mismatch");
    JsonObject first = orders.ask(OrderContract.CREATE_CART, cart(buyer, 2), ADMIN, idempotent("shared-key", "body-a"));
    ApiError refused = OrderBed.refusal(orders.bus.ask(OrderContract.CREATE_CART, cart(buyer, 5), ADMIN, "t",
        idempotent("shared-key", "body-b")));
    assertEquals(422, refused.httpStatus());
    assertEquals(ErrorCode.UNPROCESSABLE, refused.code());
    assertEquals(1, carts(buyer));

    // Another partner's same key, with the same body hash, is its own.
    OrderBed.Buyer theirs = orders.buyer(OTHER, "theirs");
    JsonObject other = orders.ask(OrderContract.CREATE_CART, cart(theirs, 2), OrderBed.admin(OTHER), idempotent("shared-key", "body-a"));
    assertNotEquals(first.getString("id"), other.getString("id"));
    assertEquals(1, carts(theirs));

    ApiError tooLong = OrderBed.refusal(orders.bus.ask(OrderContract.CREATE_CART, cart(buyer, 2), ADMIN, "t",
        idempotent("k".repeat(201), "body-a")));
    assertEquals(400, tooLong.httpStatus());
  }

  @Test
  void concurrentDuplicatesWaitForTheFirstAnswer() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "race");
    // Eight carts at once with one key and body: one cart, eight times the same answer.
    List<Future<Document>> created = atOnce(OrderContract.CREATE_CART, nCopies(8, cart(buyer, 3)), ADMIN,
        nCopies(8, idempotent("racing-cart", "h")));
    Set<String> answers = new HashSet<>();
    for (Future<Document> answer : created) {
      answers.add(OrderBed.await(answer).json());
    }
    assertEquals(1, answers.size(), answers::toString);
    assertEquals(1, carts(buyer));

    // Twenty checkouts of it at once with one key: one order, twenty times the same answer, never a 409.
    CartRef ref = new CartRef(buyer.customerId(), new JsonObject(answers.iterator().next()).getString("id"));
    Set<JsonObject> bought = new HashSet<>();
    for (Future<Document> answer : atOnce(OrderContract.CHECKOUT, nCopies(20, ref), ADMIN, nCopies(20, idempotent("racing-checkout", "e")))) {
      bought.add(new JsonObject(OrderBed.await(answer).json()));
    }
    assertEquals(1, bought.size());
    assertEquals(1, purchases(buyer));
  }

  @Test
  void concurrentRequestsWithOneKeyAndAnotherBodyAre422() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "mixed");
    List<CartRequest> bodies = new ArrayList<>();
    List<Map<String, String>> keys = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      bodies.add(cart(buyer, i % 2 == 0 ? 1 : 2));
      keys.add(idempotent("mixed-key", i % 2 == 0 ? "one" : "two"));
    }
    int answered = 0;
    int mismatched = 0;
    Set<String> answers = new HashSet<>();
    for (Future<Document> call : atOnce(OrderContract.CREATE_CART, bodies, ADMIN, keys)) {
      ApiError refused = outcome(call);
      if (refused == null) {
        answered++;
        answers.add(call.result().json());
      } else {
        assertEquals(422, refused.httpStatus(), refused::toString);
        mismatched++;
      }
    }
    assertEquals(6, answered, "the six with the first body replay its answer");
    assertEquals(1, answers.size());
    assertEquals(6, mismatched, "the six with the other body are refused");
    assertEquals(1, carts(buyer));
  }

  @Test
  void aRefusedRequestFreesItsKey() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "freed");
    String cartId = orders.ask(OrderContract.CREATE_CART, cart(buyer, 1), ADMIN).getString("id");
    orders.subscription(PARTNER, buyer.customerId(), buyer.subscriptionId(), "suspended", "registered");
    CartRef ref = new CartRef(buyer.customerId(), cartId);
    ApiError refused = OrderBed.refusal(orders.bus.ask(OrderContract.CHECKOUT, ref, ADMIN, "t", idempotent("retry-key", "empty")));
    assertEquals(ErrorCode.SUBSCRIPTION_NOT_ACTIVE, refused.code());
    orders.subscription(PARTNER, buyer.customerId(), buyer.subscriptionId(), "active", "registered");
    JsonObject bought = orders.ask(OrderContract.CHECKOUT, ref, ADMIN, idempotent("retry-key", "empty"));
    assertEquals(1, bought.getJsonArray("orders").size(), "the retry is carried out, not answered the refusal");
    assertEquals(1, purchases(buyer));
  }

  @Test
  void withoutAKeyConcurrentCheckoutsOfOneCartMakeOneOrder() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "no-key");
    for (int round = 1; round <= 3; round++) {
      CartRef ref = new CartRef(buyer.customerId(), orders.ask(OrderContract.CREATE_CART, cart(buyer, 1), ADMIN).getString("id"));
      int bought = 0;
      for (Future<Document> call : atOnce(OrderContract.CHECKOUT, nCopies(8, ref), ADMIN, nCopies(8, Map.of()))) {
        ApiError refused = outcome(call);
        if (refused == null) {
          bought++;
        } else {
          // Being checked out by another (409, 800064), or already submitted by it (400, 800065).
          assertTrue((refused.httpStatus() == 409 && refused.code() == ErrorCode.CART_BEING_PROCESSED)
              || (refused.httpStatus() == 400 && refused.code() == ErrorCode.CART_ALREADY_SUBMITTED), refused::toString);
        }
      }
      assertEquals(1, bought);
      assertEquals(round, purchases(buyer));
    }
  }

  @Test
  void aSupportRefundIsCarriedOutOncePerExternalKey() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PARTNER, "support");
    JsonObject reservation = orders.reservation(ADMIN, buyer, line(0, ITEM, 3, "P1Y", buyer.subscriptionId()));
    Caller agent = new Caller(OperatorTenants.DEMO, "sam", Set.of(Role.SUPPORT_AGENT));
    RefundRequest request = new RefundRequest(buyer.customerId(), reservation.getString("reservationOrderId"), reservation.getString("id"),
        1, null, "filed by support", "support-request-1");
    List<Future<Document>> calls = atOnce(OrderContract.REFUND_FOR_SUPPORT, nCopies(4, request), agent,
        nCopies(4, Map.of(Headers.ON_BEHALF_OF, PARTNER)));
    Set<String> refunds = new HashSet<>();
    for (Future<Document> call : calls) {
      refunds.add(new JsonObject(OrderBed.await(call).json()).getString("id"));
    }
    assertEquals(1, refunds.size(), refunds::toString);
    assertEquals(2, orders.reservationNow(ADMIN, buyer, reservation).getInteger("quantity"), "one instance returned, once");
  }
}
