package dev.rvi.order.checkout;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.idempotency.Idempotency;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.order.CartRef;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.order.cart.CartLine;
import dev.rvi.order.cart.Carts;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.partner.PartnerContext;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Objects;

/**
 * An order straight from line items, as Microsoft's create-an-order sample buys reservations: a cart is made
 * and checked out at once, and the answer is the one order. The Idempotency-Key (or MS-RequestId) is the
 * order's: a retry answers the same order and buys nothing twice. An order holds one term and one partner of
 * record, so lines that would make several orders are refused; a cart takes those.
 */
public final class DirectOrders {
  private static final String SOURCE = "order";

  private final Pool pool;
  private final Carts carts;
  private final Checkout checkout;
  private final Idempotency idempotency;

  public DirectOrders(Pool pool, Carts carts, Checkout checkout, Idempotency idempotency) {
    this.pool = pool;
    this.carts = carts;
    this.checkout = checkout;
    this.idempotency = idempotency;
  }

  /** A checkout's answer, of which a direct order answers its one order. */
  private record Checked(List<JsonObject> orders) {}

  public Future<String> create(Caller caller, CartRequest request, String requestId, String key, String hash) {
    return create(caller, request, requestId, key, hash, null);
  }

  /** The same, its one line bought in the reservation order {@code reservationOrderId} (Azure's purchase names it). */
  public Future<String> create(Caller caller, CartRequest request, String requestId, String key, String hash, String reservationOrderId) {
    if (reservationOrderId != null && (request.lineItems() == null || request.lineItems().size() != 1)) {
      throw Errors.badRequest(SOURCE, "a reservation order bought by its id holds one line");
    }
    List<CartLine> lines = CartLine.from(request.lineItems());
    if (lines.stream().map(CartLine::term).distinct().count() > 1
        || lines.stream().map(l -> Objects.requireNonNullElse(l.resellerMpnId(), "")).distinct().count() > 1
        || lines.stream().map(CartLine::billingPlan).distinct().count() > 1) {
      throw Errors.badRequest(SOURCE, "an order holds lines of one term, one partner of record and one billing plan; "
          + "buy mixed lines through a cart");
    }
    return PartnerContext.of(pool, caller).compose(partner -> Customers.owned(pool, partner, request.customerId())
        .compose(customer -> idempotency.once(partner.id(), key, hash, recorder ->
            carts.createFor(partner, caller, customer, request, lines, requestId)
                .compose(cartId -> checkout.checkout(partner, caller, customer, new CartRef(request.customerId(), cartId), requestId,
                    (conn, response) -> recorder.record(conn, Jsons.decode(response, Checked.class).orders().get(0).encode()),
                    reservationOrderId)))));
  }
}
