package dev.rvi.order.checkout;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.order.cart.PartnerOfRecord;
import dev.rvi.order.history.OrderViews;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes one order inside the caller's transaction: the order, per line a reservation order, its
 * order line, its reservation (effective from {@code effective}, expiring after the term) and the
 * upfront charge billing invoices. Used by checkout, exchange and renewal alike.
 */
public final class OrderWriter {
  private OrderWriter() {}

  /** One thing to buy: an item at the catalog's price, how many, and where the discount applies. */
  public record Purchase(CatalogItem item, int quantity, String subscriptionId, String scope, boolean renew, BillingPlan plan) {}

  /** What was written: the order as Partner Center shows it, and the new reservations' ids. */
  public record Written(String orderId, JsonObject order, List<String> reservationIds) {}

  public static Future<Written> write(SqlConnection conn, String partnerId, String customerId, String cartId, String origin,
                                      String orderGroup, PartnerOfRecord record, List<Purchase> purchases, String userId,
                                      Instant now, Instant effective) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime from = effective.atOffset(ZoneOffset.UTC);
    String orderId = UUID.randomUUID().toString();
    String alternateId = OrderNumbers.next();
    String currency = purchases.get(0).item().currencyCode();
    List<Tuple> reservationOrders = new ArrayList<>();
    List<Tuple> orderLines = new ArrayList<>();
    List<Tuple> reservations = new ArrayList<>();
    List<Tuple> charges = new ArrayList<>();
    List<String> reservationIds = new ArrayList<>();
    List<String> reservationOrderIds = new ArrayList<>();
    JsonArray lineViews = new JsonArray();
    BigDecimal total = BigDecimal.ZERO;
    for (int number = 0; number < purchases.size(); number++) {
      Purchase p = purchases.get(number);
      CatalogItem item = p.item();
      String reservationOrderId = UUID.randomUUID().toString();
      String reservationId = UUID.randomUUID().toString();
      reservationIds.add(reservationId);
      reservationOrderIds.add(reservationOrderId);
      OffsetDateTime expires = from.plus(item.term().period());
      BigDecimal amount = Decimals.cents(item.unitPrice().multiply(BigDecimal.valueOf(p.quantity())));
      total = total.add(amount);
      reservationOrders.add(Tuple.of(reservationOrderId, partnerId, customerId, orderId, number, at));
      orderLines.add(Tuple.from(new Object[] {orderId, number, item.catalogItemId(), item.productId(), item.skuId(),
          item.friendlyName(), item.term().name(), p.quantity(), item.unitPrice(), currency, reservationOrderId}));
      reservations.add(Tuple.from(new Object[] {reservationId, reservationOrderId, partnerId, customerId, p.subscriptionId(),
          p.scope(), "Single".equals(p.scope()) ? p.subscriptionId() : null, item.catalogItemId(), item.productId(), item.skuId(),
          item.armSkuName(), item.armRegionName(), item.location(), item.series(), item.flexRatio(), p.quantity(),
          item.term().name(), item.unitPrice(), currency, from, expires, record.mpnId(), record.resellerPartnerId(), at, p.renew(),
          p.plan().name()}));
      // Upfront: one charge for the term. Monthly: one per month of the term, each dated (and so invoiced) in its month.
      List<BigDecimal> payments = p.plan().schedule(amount, item.term());
      for (int k = 0; k < payments.size(); k++) {
        OffsetDateTime periodStart = p.plan() == BillingPlan.Upfront ? from : from.plusMonths(k);
        OffsetDateTime periodEnd = p.plan() == BillingPlan.Upfront ? expires : from.plusMonths(k + 1);
        BigDecimal unit = p.plan() == BillingPlan.Upfront ? item.unitPrice()
            : payments.get(k).divide(BigDecimal.valueOf(p.quantity()), 6, RoundingMode.HALF_UP);
        charges.add(Tuple.from(new Object[] {partnerId, customerId, orderId, reservationOrderId, item.productId(), item.skuId(),
            item.armSkuName(), unit, p.quantity(), payments.get(k), currency, periodStart, periodEnd, record.mpnId(),
            p.plan() == BillingPlan.Upfront ? at : at.plusMonths(k)}));
      }
      lineViews.add(OrderViews.line(number, item.catalogItemId(), item.productId(), item.skuId(), item.country(), item.term().name(),
          item.friendlyName(), p.quantity(),
          record.mpnId(), item.unitPrice(), currency, reservationOrderId, customerId));
    }
    JsonObject completed = new JsonObject().put("orderId", orderId).put("alternateId", alternateId).put("origin", origin)
        .put("reservationOrderIds", new JsonArray(reservationOrderIds)).put("total", total).put("currencyCode", currency);
    JsonObject order = OrderViews.order(orderId, alternateId, customerId, currency, "completed", now, lineViews, total);
    Tuple orderRow = Tuple.from(new Object[] {orderId, alternateId, partnerId, customerId, orderGroup, currency, record.mpnId(),
        record.resellerPartnerId(), userId, at, origin});
    Future<?> head = cartId == null
        ? conn.preparedQuery(OrderSql.ORDER_INSERT_FROM).execute(orderRow)
        : conn.preparedQuery(OrderSql.ORDER_INSERT).execute(Tuple.from(new Object[] {orderId, alternateId, partnerId, customerId,
            cartId, orderGroup, currency, record.mpnId(), record.resellerPartnerId(), userId, at}));
    return head
        .compose(v -> conn.preparedQuery(OrderSql.RESERVATION_ORDER_INSERT).executeBatch(reservationOrders))
        .compose(v -> conn.preparedQuery(OrderSql.ORDER_LINE_INSERT).executeBatch(orderLines))
        .compose(v -> conn.preparedQuery(OrderSql.RESERVATION_INSERT).executeBatch(reservations))
        .compose(v -> conn.preparedQuery(OrderSql.CHARGE_INSERT).executeBatch(charges))
        .compose(v -> PartnerEvents.write(conn, EventTypes.ORDER_COMPLETED, partnerId, record.resellerPartnerId(), customerId, now,
            completed))
        .map(v -> new Written(orderId, order, reservationIds));
  }
}
