package dev.rvi.order.cart;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.idempotency.Idempotency;
import dev.rvi.domain.order.CartRef;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.order.customer.Customer;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Carts as Partner Center has them: create, read, replace at review; they expire after a while. */
public final class Carts {
  static final String SOURCE = "order";

  private final Pool pool;
  private final Clock clock;
  private final Duration lifetime;
  private final LineChecks checks;
  private final Idempotency idempotency;

  public Carts(Pool pool, Clock clock, Duration lifetime, LineChecks checks, Idempotency idempotency) {
    this.pool = pool;
    this.clock = clock;
    this.lifetime = lifetime;
    this.checks = checks;
    this.idempotency = idempotency;
  }

  public Future<String> create(Caller caller, CartRequest request, String requestId, String key, String hash) {
    List<CartLine> lines = CartLine.from(request.lineItems());
    return PartnerContext.of(pool, caller).compose(partner -> Customers.owned(pool, partner, request.customerId())
        .compose(customer -> checked(partner, caller, customer, request, lines, requestId)
            .compose(checked -> idempotency.once(partner.id(), key, hash, recorder -> pool.withTransaction(conn ->
                write(conn, partner, caller, request, checked).compose(cart -> shownLines(conn, cart.id())
                    .compose(written -> recorder.record(conn, CartView.of(cart, written, clock.instant()).encode()))))))));
  }

  /** A cart made for a direct order (its idempotency is the order's): its id. */
  public Future<String> createFor(PartnerContext partner, Caller caller, Customer customer, CartRequest request, List<CartLine> lines,
                                  String requestId) {
    return checked(partner, caller, customer, request, lines, requestId)
        .compose(checked -> pool.withTransaction(conn -> write(conn, partner, caller, request, checked)))
        .map(Cart::id);
  }

  private record Checked(LinePartners records, List<LineChecks.Checked> lines) {}

  private Future<Checked> checked(PartnerContext partner, Caller caller, Customer customer, CartRequest request, List<CartLine> lines,
                                  String requestId) {
    return LinePartners.resolve(pool, partner, request.resellerMpnId(), customer.associatedPartnerId(), lines)
        .compose(records -> checks.check(pool, partner, caller, customer, lines, records::of, clock.instant(), requestId)
            .map(checked -> new Checked(records, checked)));
  }

  private Future<Cart> write(SqlConnection conn, PartnerContext partner, Caller caller, CartRequest request, Checked checked) {
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = OffsetDateTime.now(clock);
    return conn.preparedQuery(OrderSql.CART_INSERT)
        .execute(Tuple.of(id, partner.id(), request.customerId(), checked.records().cartMpnId(), caller.userId(), now, now.plus(lifetime)))
        .compose(v -> writeLines(conn, id, checked.lines()))
        .compose(v -> cartRow(conn, partner, request.customerId(), id));
  }

  public Future<JsonObject> get(Caller caller, CartRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> Customers.owned(pool, partner, ids.customerId())
        .compose(c -> load(pool, partner, ids.customerId(), ids.cartId())));
  }

  /** Review: the lines and participants are replaced as sent, and checked again. */
  public Future<JsonObject> update(Caller caller, CartRequest request, String requestId) {
    List<CartLine> lines = CartLine.from(request.lineItems());
    return PartnerContext.of(pool, caller).compose(partner -> Customers.owned(pool, partner, request.customerId())
        .compose(customer -> cartRow(pool, partner, request.customerId(), request.cartId()).compose(cart -> {
          requireOpen(cart);
          return LinePartners.resolve(pool, partner, request.resellerMpnId(), customer.associatedPartnerId(), lines)
              .compose(record -> checks.check(pool, partner, caller, customer, lines, record::of, clock.instant(), requestId)
                  .compose(checked -> pool.withTransaction(conn -> CartLock.open(conn, partner, request.customerId(), request.cartId())
                      .compose(locked -> conn.preparedQuery(OrderSql.CART_TOUCH).execute(Tuple.of(request.cartId(), request.customerId(),
                          partner.id(), record.cartMpnId(), OffsetDateTime.now(clock))))
                      .compose(v -> conn.preparedQuery(OrderSql.CART_LINES_DELETE).execute(Tuple.of(request.cartId())))
                      .compose(v -> writeLines(conn, request.cartId(), checked))
                      .compose(v -> load(conn, partner, request.customerId(), request.cartId())))
                  .recover(CartLock::busy)));
        })));
  }

  private static Future<Void> writeLines(SqlConnection conn, String cartId, List<LineChecks.Checked> checked) {
    List<Tuple> rows = new ArrayList<>();
    for (LineChecks.Checked c : checked) {
      CartLine l = c.line();
      rows.add(Tuple.from(new Object[] {cartId, l.id(), l.catalogItemId(), l.quantity(), l.term().name(),
          l.billingPlan() == BillingPlan.Monthly ? "monthly" : "one_time", l.subscriptionId(), l.scope(), l.errorCode(), l.errorDescription(),
          l.resellerMpnId(), l.billingPlan().name(), l.commitment(), l.commitmentCurrency(), CartLinePricesMapper.json(CartLinePrices.of(c))}));
    }
    return conn.preparedQuery(OrderSql.CART_LINE_INSERT).executeBatch(rows).mapEmpty();
  }

  /** The cart if the caller's partner owns it and it can still be checked out. */
  public Future<Cart> openCart(PartnerContext partner, String customerId, String cartId) {
    return cartRow(pool, partner, customerId, cartId).map(cart -> {
      requireOpen(cart);
      return cart;
    });
  }

  public Future<List<CartLine>> lines(SqlClient sql, String cartId) {
    return sql.preparedQuery(OrderSql.CART_LINES).execute(Tuple.of(cartId)).map(rows -> {
      List<CartLine> lines = new ArrayList<>();
      rows.forEach(r -> lines.add(CartLineMapper.of(r)));
      return lines;
    });
  }

  /** The lines with the prices they were checked at, as the cart shows them. */
  private static Future<List<CartView.Shown>> shownLines(SqlClient sql, String cartId) {
    return sql.preparedQuery(OrderSql.CART_LINES).execute(Tuple.of(cartId)).map(rows -> {
      List<CartView.Shown> lines = new ArrayList<>();
      rows.forEach(r -> lines.add(new CartView.Shown(CartLineMapper.of(r), CartLinePricesMapper.of(r))));
      return lines;
    });
  }

  /** Writes the verdicts of a failed checkout onto the cart's lines, so the partner sees what to fix. */
  public Future<Void> saveErrors(String cartId, List<CartLine> verdicts) {
    List<Tuple> rows = verdicts.stream().map(l -> Tuple.of(cartId, l.id(), l.errorCode(), l.errorDescription())).toList();
    return pool.preparedQuery(OrderSql.CART_LINE_ERROR).executeBatch(rows).mapEmpty();
  }

  static Future<Cart> cartRow(SqlClient sql, PartnerContext partner, String customerId, String cartId) {
    return sql.preparedQuery(OrderSql.CART_GET).execute(Tuple.of(cartId, customerId, partner.id())).map(rows -> {
      if (rows.size() == 0) {
        throw ApiError.of(404, ErrorCode.CART_NOT_FOUND, "cart " + cartId + " not found", SOURCE).exception();
      }
      return CartMapper.of(rows.iterator().next());
    });
  }

  void requireOpen(Cart cart) {
    if (cart.submitted()) {
      throw submitted();
    }
    if (cart.expiredAt(clock.instant())) {
      throw ApiError.of(400, ErrorCode.BAD_REQUEST, "cart " + cart.id() + " expired at " + cart.expiresAt() + "; create a new cart",
          SOURCE).exception();
    }
  }

  static RuntimeException submitted() {
    return ApiError.of(400, ErrorCode.CART_ALREADY_SUBMITTED, "cannot check out an already submitted cart", SOURCE).exception();
  }

  Future<JsonObject> load(SqlClient sql, PartnerContext partner, String customerId, String cartId) {
    return cartRow(sql, partner, customerId, cartId)
        .compose(cart -> shownLines(sql, cartId).map(lines -> CartView.of(cart, lines, clock.instant())));
  }

  public static RuntimeException lineErrors(List<CartLine> lines) {
    List<Integer> codes = lines.stream().filter(CartLine::hasError).map(CartLine::errorCode).distinct().toList();
    int code = codes.size() == 1 ? codes.get(0) : ErrorCode.CART_ITEM_ERRORS;
    List<String> data = lines.stream().filter(CartLine::hasError)
        .map(l -> "line " + l.id() + ": " + l.errorCode() + " " + l.errorDescription()).toList();
    String description = codes.size() == 1 ? lines.stream().filter(CartLine::hasError).findFirst().orElseThrow().errorDescription()
        : "there are errors in the cart's items";
    return new ApiError(400, code, description, data, SOURCE).exception();
  }

}
