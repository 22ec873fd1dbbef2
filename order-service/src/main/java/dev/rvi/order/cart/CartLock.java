package dev.rvi.order.cart;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The lock a cart is changed or checked out under: the partner's open cart, taken without waiting, so a
 * second request on the same cart is told at once that another one is processing it (800064).
 */
public final class CartLock {
  private static final String SOURCE = "order";

  private CartLock() {}

  /** Locks the cart for this transaction; 404 when it is not the partner's, 800065 when it is no longer open. */
  public static Future<Void> open(SqlConnection conn, PartnerContext partner, String customerId, String cartId) {
    return conn.preparedQuery(OrderSql.CART_LOCK).execute(Tuple.of(cartId, customerId, partner.id())).map(rows -> {
      if (rows.size() == 0) {
        throw ApiError.of(404, ErrorCode.CART_NOT_FOUND, "cart " + cartId + " not found", SOURCE).exception();
      }
      if (!CartMapper.open(rows.iterator().next())) {
        throw Carts.submitted();
      }
      return null;
    });
  }

  /** Another transaction holds the cart: it is being checked out or changed right now. */
  public static <T> Future<T> busy(Throwable e) {
    if (e instanceof PgException pg && "55P03".equals(pg.getSqlState())) {
      return Future.failedFuture(ApiError.of(409, ErrorCode.CART_BEING_PROCESSED,
          "the cart is being processed by another request", SOURCE).exception());
    }
    return Future.failedFuture(e);
  }
}
