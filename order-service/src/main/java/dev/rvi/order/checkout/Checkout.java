package dev.rvi.order.checkout;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.idempotency.Idempotency;
import dev.rvi.domain.order.CartRef;
import dev.rvi.order.cart.CartLine;
import dev.rvi.order.cart.CartLock;
import dev.rvi.order.cart.Carts;
import dev.rvi.order.cart.LineChecks;
import dev.rvi.order.cart.LinePartners;
import dev.rvi.order.cart.PartnerOfRecord;
import dev.rvi.order.customer.Customer;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkout: the cart's lines are checked again at this moment and priced by the catalog; then, in one
 * transaction, an order per order group (term), a reservation order and reservation per line, the
 * charge billing will invoice, and the cart marked submitted. The cart row is locked without waiting,
 * so of concurrent checkouts one wins and the others get 800064; a later one gets 800065. If the
 * catalog does not answer, nothing is written.
 */
public final class Checkout {
  private static final String SOURCE = "order";

  private final Pool pool;
  private final Clock clock;
  private final Carts carts;
  private final LineChecks checks;
  private final Idempotency idempotency;

  public Checkout(Pool pool, Clock clock, Carts carts, LineChecks checks, Idempotency idempotency) {
    this.pool = pool;
    this.clock = clock;
    this.carts = carts;
    this.checks = checks;
    this.idempotency = idempotency;
  }

  private record Purchase(CartLine line, CatalogItem item, SavingsPlanItem plan) {}

  public Future<String> checkout(Caller caller, CartRef ids, String requestId, String key, String hash) {
    return PartnerContext.of(pool, caller).compose(partner -> Customers.owned(pool, partner, ids.customerId())
        .compose(customer -> idempotency.once(partner.id(), key, hash, recorder ->
            checkout(partner, caller, customer, ids, requestId, recorder))));
  }

  /** The checkout itself, for a partner and customer already checked; the response recorded with the purchase. */
  public Future<String> checkout(PartnerContext partner, Caller caller, Customer customer, CartRef ids, String requestId,
                                 Idempotency.Recorder recorder) {
    return checkout(partner, caller, customer, ids, requestId, recorder, null);
  }

  /**
   * The same, its one line bought into the order {@code reservationOrderId} (a reservation order, or a savings plan's
   * order), which must be new.
   */
  public Future<String> checkout(PartnerContext partner, Caller caller, Customer customer, CartRef ids, String requestId,
                                 Idempotency.Recorder recorder, String reservationOrderId) {
    return carts.openCart(partner, ids.customerId(), ids.cartId()).compose(cart -> carts.lines(pool, ids.cartId()).compose(lines ->
        LinePartners.resolve(pool, partner, cart.resellerMpnId(), customer.associatedPartnerId(), lines)
            .compose(records -> checks.check(pool, partner, caller, customer, lines, records::of, clock.instant(), requestId)
                .compose(checked -> purchase(partner, caller, ids, records, checked, recorder, reservationOrderId)))));
  }

  private Future<String> purchase(PartnerContext partner, Caller caller, CartRef ids, LinePartners records, List<LineChecks.Checked> checked,
                                  Idempotency.Recorder recorder, String reservationOrderId) {
    List<CartLine> verdicts = checked.stream().map(LineChecks.Checked::line).toList();
    if (verdicts.stream().anyMatch(l -> l.errorCode() != null)) {
      return carts.saveErrors(ids.cartId(), verdicts).compose(v -> Future.failedFuture(Carts.lineErrors(verdicts)));
    }
    List<Purchase> purchases = checked.stream().map(c -> new Purchase(c.line(), c.item(), c.plan())).toList();
    return pool.withTransaction(conn -> CartLock.open(conn, partner, ids.customerId(), ids.cartId())
            .compose(v -> newOrderId(conn, reservationOrderId))
            .compose(v -> write(conn, partner, caller, ids, records, purchases, reservationOrderId))
            .compose(response -> recorder.record(conn, response.encode())))
        .recover(CartLock::busy);
  }

  /**
   * An order per term, partner of record and billing plan: Partner Center groups a cart's lines into orders the same way;
   * savings plans are ordered apart from reservations.
   */
  private record OrderGroup(String term, PartnerOfRecord record, BillingPlan plan, boolean savingsPlans) {}

  /**
   * A reservation order id asked for must be new: taken (by any partner) it is refused as not found, so that another
   * partner's order is not confirmed to exist.
   */
  private static Future<Void> newOrderId(SqlConnection conn, String reservationOrderId) {
    if (reservationOrderId == null) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(OrderSql.RESERVATION_ORDER_TAKEN).execute(Tuple.of(reservationOrderId)).map(rows -> {
      if (rows.size() > 0) {
        throw Errors.notFound(SOURCE, "reservation order " + reservationOrderId + " cannot be bought again: ask calculatePrice for a new id");
      }
      return null;
    });
  }

  private Future<JsonObject> write(SqlConnection conn, PartnerContext partner, Caller caller, CartRef ids, LinePartners records,
                                   List<Purchase> purchases, String reservationOrderId) {
    Instant now = clock.instant();
    Map<OrderGroup, List<Purchase>> groups = new LinkedHashMap<>();
    for (Purchase p : purchases) {
      groups.computeIfAbsent(new OrderGroup(p.line().term().name(), records.of(p.line()), p.line().billingPlan(), p.plan() != null),
          g -> new ArrayList<>()).add(p);
    }
    JsonArray orders = new JsonArray();
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<OrderGroup, List<Purchase>> entry : groups.entrySet()) {
      OrderGroup group = entry.getKey();
      List<Purchase> lines = entry.getValue();
      chain = chain.compose(v -> (group.savingsPlans()
          ? OrderWriter.writePlans(conn, partner.id(), ids.customerId(), ids.cartId(), "cart", group.term(), group.record(),
              lines.stream().map(p -> new OrderWriter.PlanPurchase(p.plan(), p.line().commitment(), p.line().subscriptionId(),
                  p.line().scope(), null, false, p.line().billingPlan(), List.of(), null, lines.size() == 1 ? reservationOrderId : null)).toList(),
              caller.userId(), now, now)
          : OrderWriter.write(conn, partner.id(), ids.customerId(), ids.cartId(), "cart", group.term(), group.record(),
              lines.stream().map(p -> new OrderWriter.Purchase(p.item(), p.line().quantity(), p.line().subscriptionId(), p.line().scope(),
                  false, p.line().billingPlan(), lines.size() == 1 ? reservationOrderId : null)).toList(), caller.userId(), now, now))
          .map(written -> {
            orders.add(written.order());
            return null;
          }));
    }
    return chain
        .compose(v -> conn.preparedQuery(OrderSql.CART_SUBMIT).execute(Tuple.of(ids.cartId(), now.atOffset(ZoneOffset.UTC))))
        .map(v -> new JsonObject().put("orders", orders).put("orderErrors", new JsonArray()));
  }
}
