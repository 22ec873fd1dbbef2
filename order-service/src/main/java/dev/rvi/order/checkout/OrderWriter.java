package dev.rvi.order.checkout;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.SavingsPlanCommitment;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.order.cart.PartnerOfRecord;
import dev.rvi.order.history.OrderViews;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.sql.OrderSql;
import dev.rvi.order.tier.ChargeTier;
import dev.rvi.order.tier.ChargeTiers;
import dev.rvi.order.tier.TierChain;
import dev.rvi.order.tier.TierPrice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one order inside the caller's transaction: the order, per line a reservation order, its
 * order line, its reservation (effective from {@code effective}, expiring after the term) and the
 * upfront charge billing invoices. Used by checkout, exchange and renewal alike.
 */
public final class OrderWriter {
  private OrderWriter() {}

  /**
   * One thing to buy: an item at the catalog's price, how many, and where the discount applies; {@code reservationOrderId}
   * the id an Azure purchase asked for (null: a new one).
   */
  public record Purchase(CatalogItem item, int quantity, String subscriptionId, String scope, boolean renew, BillingPlan plan,
                         String reservationOrderId) {
    public Purchase(CatalogItem item, int quantity, String subscriptionId, String scope, boolean renew, BillingPlan plan) {
      this(item, quantity, subscriptionId, scope, renew, plan, null);
    }
  }

  /**
   * A savings plan to buy: its item, its hourly commitment, where it applies, its name, and how it is paid;
   * {@code savingsPlanOrderId} the order id an Azure purchase asked for (null: a new one).
   */
  public record PlanPurchase(SavingsPlanItem item, BigDecimal hourlyCommitment, String subscriptionId, String scope, String displayName,
                             boolean renew, BillingPlan plan, List<String> tradedIn, String renewedFrom, String savingsPlanOrderId) {
    public PlanPurchase(SavingsPlanItem item, BigDecimal hourlyCommitment, String subscriptionId, String scope, String displayName,
                        boolean renew, BillingPlan plan, List<String> tradedIn, String renewedFrom) {
      this(item, hourlyCommitment, subscriptionId, scope, displayName, renew, plan, tradedIn, renewedFrom, null);
    }
  }

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
    List<Map<String, Object>> orderLines = new ArrayList<>();
    List<Map<String, Object>> tiers = new ArrayList<>();
    List<Map<String, Object>> reservations = new ArrayList<>();
    List<Map<String, Object>> charges = new ArrayList<>();
    List<String> reservationIds = new ArrayList<>();
    List<String> reservationOrderIds = new ArrayList<>();
    JsonArray lineViews = new JsonArray();
    BigDecimal total = BigDecimal.ZERO;
    for (int number = 0; number < purchases.size(); number++) {
      Purchase p = purchases.get(number);
      CatalogItem item = p.item();
      String reservationOrderId = p.reservationOrderId() != null ? p.reservationOrderId() : UUID.randomUUID().toString();
      String reservationId = UUID.randomUUID().toString();
      reservationIds.add(reservationId);
      reservationOrderIds.add(reservationOrderId);
      OffsetDateTime expires = from.plus(item.term().period());
      BigDecimal amount = Decimals.cents(item.unitPrice().multiply(BigDecimal.valueOf(p.quantity())));
      total = total.add(amount);
      reservationOrders.add(Tuple.of(reservationOrderId, partnerId, customerId, orderId, number, at));
      orderLines.add(orderLine(orderId, number, item.catalogItemId(), item.productId(), item.skuId(), item.friendlyName(),
          item.term().name(), p.quantity(), item.unitPrice(), currency, reservationOrderId, null));
      List<TierPrice> fixed = fixedTiers(partnerId, customerId, record, item);
      for (TierPrice t : fixed) {
        tiers.add(row("orderId", orderId, "lineNumber", number, "level", t.level(), "sellerId", t.sellerId(), "buyerId", t.buyerId(),
            "unitPrice", t.unitPrice(), "currency", currency));
      }
      List<TierPrice> chain = TierChain.of(fixed, partnerId, record.resellerPartnerId(), customerId, item.unitPrice());
      List<List<BigDecimal>> tierPayments = chain.stream()
          .map(t -> p.plan().schedule(Decimals.cents(t.unitPrice().multiply(BigDecimal.valueOf(p.quantity()))), item.term())).toList();
      reservations.add(row("id", reservationId, "reservationOrderId", reservationOrderId, "partnerId", partnerId, "customerId", customerId,
          "subscriptionId", p.subscriptionId(), "appliedScopeType", p.scope(),
          "appliedSubscription", "Single".equals(p.scope()) ? p.subscriptionId() : null, "catalogItemId", item.catalogItemId(),
          "productId", item.productId(), "skuId", item.skuId(), "armSkuName", item.armSkuName(), "armRegionName", item.armRegionName(),
          "location", item.location(), "series", item.series(), "flexRatio", item.flexRatio(), "quantity", p.quantity(),
          "term", item.term().name(), "unitPrice", item.unitPrice(), "currency", currency, "effectiveAt", from, "expiresAt", expires,
          "partnerIdOnRecord", record.mpnId(), "resellerPartnerId", record.resellerPartnerId(), "createdAt", at, "renew", p.renew(),
          "billingPlan", p.plan().name()));
      // Upfront: one charge for the term. Monthly: one per month of the term.
      List<BigDecimal> payments = p.plan().schedule(amount, item.term());
      for (int k = 0; k < payments.size(); k++) {
        OffsetDateTime periodStart = p.plan() == BillingPlan.Upfront ? from : from.plusMonths(k);
        OffsetDateTime periodEnd = p.plan() == BillingPlan.Upfront ? expires : from.plusMonths(k + 1);
        BigDecimal unit = p.plan() == BillingPlan.Upfront ? item.unitPrice()
            : payments.get(k).divide(BigDecimal.valueOf(p.quantity()), 6, RoundingMode.HALF_UP);
        int payment = k;
        List<ChargeTier> charged = ChargeTiers.of(chain, t -> tierPayments.get(t.level() - 1).get(payment));
        charges.add(charge(partnerId, customerId, orderId, reservationOrderId, item.productId(), item.skuId(), item.armSkuName(), unit,
            p.quantity(), payments.get(k), currency, periodStart, periodEnd, record.mpnId(), p.plan() == BillingPlan.Upfront ? at : periodStart,
            charged));
      }
      lineViews.add(OrderViews.line(number, item.catalogItemId(), item.productId(), item.skuId(), item.country(), item.term().name(),
          item.friendlyName(), p.quantity(),
          record.mpnId(), item.unitPrice(), currency, reservationOrderId, customerId));
    }
    JsonObject completed = new JsonObject().put("orderId", orderId).put("alternateId", alternateId).put("origin", origin)
        .put("reservationOrderIds", new JsonArray(reservationOrderIds)).put("total", total).put("currencyCode", currency);
    JsonObject order = OrderViews.order(orderId, alternateId, customerId, currency, "completed", now, lineViews, total);
    return head(conn, orderId, alternateId, partnerId, customerId, cartId, origin, orderGroup, record, currency, userId, at)
        .compose(v -> conn.preparedQuery(OrderSql.RESERVATION_ORDER_INSERT).executeBatch(reservationOrders))
        .compose(v -> SqlTemplate.forUpdate(conn, OrderSql.ORDER_LINE_INSERT).executeBatch(orderLines))
        .compose(v -> tiers.isEmpty() ? Future.succeededFuture() : SqlTemplate.forUpdate(conn, OrderSql.ORDER_LINE_TIER_INSERT).executeBatch(tiers))
        .compose(v -> SqlTemplate.forUpdate(conn, OrderSql.RESERVATION_INSERT).executeBatch(reservations))
        .compose(v -> SqlTemplate.forUpdate(conn, OrderSql.CHARGE_INSERT).executeBatch(charges))
        .compose(v -> PartnerEvents.write(conn, EventTypes.ORDER_COMPLETED, partnerId, record.resellerPartnerId(), customerId, now,
            completed))
        .map(v -> new Written(orderId, order, reservationIds));
  }

  private static Future<?> head(SqlConnection conn, String orderId, String alternateId, String partnerId, String customerId, String cartId,
                                String origin, String orderGroup, PartnerOfRecord record, String currency, String userId,
                                OffsetDateTime at) {
    return SqlTemplate.forUpdate(conn, OrderSql.ORDER_INSERT).execute(row("id", orderId, "alternateId", alternateId, "partnerId", partnerId,
        "customerId", customerId, "cartId", cartId, "orderGroup", orderGroup, "currency", currency, "partnerIdOnRecord", record.mpnId(),
        "resellerPartnerId", record.resellerPartnerId(), "createdBy", userId, "createdAt", at, "origin", origin));
  }

  /**
   * The line's price at each tier, as the catalog priced it at purchase: the seller charges the reseller of record (a
   * provider's sale) or the customer, and the reseller charges the customer. None when no tier had a list in force.
   */
  private static List<TierPrice> fixedTiers(String partnerId, String customerId, PartnerOfRecord record, CatalogItem item) {
    return tiersOf(partnerId, customerId, record, item.tierPrices());
  }

  /** Prices after each tier (null: none fixed) as the tiers they are charged between. */
  private static List<TierPrice> tiersOf(String partnerId, String customerId, PartnerOfRecord record, List<BigDecimal> prices) {
    List<TierPrice> out = new ArrayList<>();
    if (prices == null) {
      return out;
    }
    String reseller = record.resellerPartnerId();
    for (int level = 1; level <= prices.size(); level++) {
      String seller = level == 1 ? partnerId : reseller;
      String buyer = level == 1 && reseller != null ? reseller : customerId;
      out.add(new TierPrice(level, seller, buyer, prices.get(level - 1)));
    }
    return out;
  }

  /** Named parameters of a statement, in pairs of name and value. */
  private static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return row;
  }

  private static Map<String, Object> orderLine(String orderId, int number, String catalogItemId, String productId, String skuId,
                                               String friendlyName, String term, int quantity, BigDecimal unitPrice, String currency,
                                               String reservationOrderId, BigDecimal hourlyCommitment) {
    return row("orderId", orderId, "lineNumber", number, "catalogItemId", catalogItemId, "productId", productId, "skuId", skuId,
        "friendlyName", friendlyName, "term", term, "quantity", quantity, "unitPrice", unitPrice, "currency", currency,
        "reservationOrderId", reservationOrderId, "hourlyCommitment", hourlyCommitment);
  }

  /** A charge: monthly ones dated (and so invoiced) in their month, from the start of the term bought. */
  private static Map<String, Object> charge(String partnerId, String customerId, String orderId, String reservationOrderId, String productId,
                                            String skuId, String skuName, BigDecimal unitPrice, int quantity, BigDecimal amount,
                                            String currency, OffsetDateTime start, OffsetDateTime end, String resellerMpnId,
                                            OffsetDateTime dated, List<ChargeTier> tiers) {
    return row("partnerId", partnerId, "customerId", customerId, "orderId", orderId, "reservationOrderId", reservationOrderId,
        "productId", productId, "skuId", skuId, "skuName", skuName, "unitPrice", unitPrice, "quantity", quantity, "amount", amount,
        "currency", currency, "chargeStart", start, "chargeEnd", end, "resellerMpnId", resellerMpnId, "createdAt", dated,
        "tiers", ChargeTiers.json(tiers));
  }

  /**
   * Writes one order of savings plans: per line a benefit order (a row of {@code reservation_order}), its order line
   * (the hourly commitment, and the term's total as its price), the plan, and its charges: the hourly commitment over
   * every hour of the term, paid upfront or monthly. {@code Written.reservationIds} are the new plans' ids.
   */
  public static Future<Written> writePlans(SqlConnection conn, String partnerId, String customerId, String cartId, String origin,
                                           String orderGroup, PartnerOfRecord record, List<PlanPurchase> plans, String userId,
                                           Instant now, Instant effective) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime from = effective.atOffset(ZoneOffset.UTC);
    String orderId = UUID.randomUUID().toString();
    String alternateId = OrderNumbers.next();
    String currency = plans.get(0).item().currencyCode();
    List<Tuple> benefitOrders = new ArrayList<>();
    List<Map<String, Object>> orderLines = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> tiers = new ArrayList<>();
    List<Map<String, Object>> charges = new ArrayList<>();
    List<String> planIds = new ArrayList<>();
    JsonArray lineViews = new JsonArray();
    BigDecimal total = BigDecimal.ZERO;
    for (int number = 0; number < plans.size(); number++) {
      PlanPurchase p = plans.get(number);
      SavingsPlanItem item = p.item();
      String planOrderId = p.savingsPlanOrderId() != null ? p.savingsPlanOrderId() : UUID.randomUUID().toString();
      String planId = UUID.randomUUID().toString();
      planIds.add(planId);
      OffsetDateTime expires = from.plus(item.term().period());
      BigDecimal amount = SavingsPlanCommitment.total(p.hourlyCommitment(), item.term());
      total = total.add(amount);
      benefitOrders.add(Tuple.of(planOrderId, partnerId, customerId, orderId, number, at));
      orderLines.add(orderLine(orderId, number, item.catalogItemId(), item.productId(), item.skuId(), item.friendlyName(),
          item.term().name(), 1, amount, currency, planOrderId, p.hourlyCommitment()));
      rows.add(row("id", planId, "savingsPlanOrderId", planOrderId, "partnerId", partnerId, "customerId", customerId,
          "subscriptionId", p.subscriptionId(), "appliedScopeType", p.scope(),
          "appliedSubscription", "Single".equals(p.scope()) ? p.subscriptionId() : null,
          "displayName", p.displayName() != null ? p.displayName() : "Compute_Savings_Plan_" + alternateId + "_" + number,
          "catalogItemId", item.catalogItemId(), "productId", item.productId(), "skuId", item.skuId(),
          "hourlyCommitment", p.hourlyCommitment(), "currency", currency, "term", item.term().name(), "billingPlan", p.plan().name(),
          "effectiveAt", from, "expiresAt", expires, "renew", p.renew(), "partnerIdOnRecord", record.mpnId(),
          "resellerPartnerId", record.resellerPartnerId(), "orderId", orderId, "lineNumber", number,
          "tradedIn", p.tradedIn().toArray(String[]::new), "renewedFrom", p.renewedFrom(), "createdAt", at));
      List<BigDecimal> payments = p.plan().schedule(amount, item.term());
      // The hourly commitment is Microsoft's amount, what the usage draws on; each tier's total is its list's percent on it.
      List<TierPrice> fixed = tiersOf(partnerId, customerId, record, item.tierTotals(amount));
      for (TierPrice t : fixed) {
        tiers.add(row("orderId", orderId, "lineNumber", number, "level", t.level(), "sellerId", t.sellerId(), "buyerId", t.buyerId(),
            "unitPrice", t.unitPrice(), "currency", currency));
      }
      List<TierPrice> chain = TierChain.of(fixed, partnerId, record.resellerPartnerId(), customerId, amount);
      List<List<BigDecimal>> tierPayments = chain.stream().map(t -> p.plan().schedule(t.unitPrice(), item.term())).toList();
      for (int k = 0; k < payments.size(); k++) {
        OffsetDateTime periodStart = p.plan() == BillingPlan.Upfront ? from : from.plusMonths(k);
        OffsetDateTime periodEnd = p.plan() == BillingPlan.Upfront ? expires : from.plusMonths(k + 1);
        BigDecimal payment = payments.get(k);
        int paymentNumber = k;
        charges.add(charge(partnerId, customerId, orderId, planOrderId, item.productId(), item.skuId(), SavingsPlanProduct.ARM_SKU_NAME,
            payment, 1, payment, currency, periodStart, periodEnd, record.mpnId(),
            p.plan() == BillingPlan.Upfront ? at : periodStart, ChargeTiers.of(chain, t -> tierPayments.get(t.level() - 1).get(paymentNumber))));
      }
      lineViews.add(OrderViews.benefit(OrderViews.line(number, item.catalogItemId(), item.productId(), item.skuId(), item.country(),
          item.term().name(), item.friendlyName(), 1, record.mpnId(), amount, currency, planOrderId, customerId), p.hourlyCommitment(),
          currency));
    }
    JsonObject completed = new JsonObject().put("orderId", orderId).put("alternateId", alternateId).put("origin", origin)
        .put("savingsPlanIds", new JsonArray(planIds)).put("total", total).put("currencyCode", currency);
    JsonObject order = OrderViews.order(orderId, alternateId, customerId, currency, "completed", now, lineViews, total);
    return head(conn, orderId, alternateId, partnerId, customerId, cartId, origin, orderGroup, record, currency, userId, at)
        .compose(v -> conn.preparedQuery(OrderSql.RESERVATION_ORDER_INSERT).executeBatch(benefitOrders))
        .compose(v -> SqlTemplate.forUpdate(conn, OrderSql.ORDER_LINE_INSERT).executeBatch(orderLines))
        .compose(v -> tiers.isEmpty() ? Future.succeededFuture() : SqlTemplate.forUpdate(conn, OrderSql.ORDER_LINE_TIER_INSERT).executeBatch(tiers))
        .compose(v -> SqlTemplate.forUpdate(conn, OrderSql.SAVINGS_PLAN_INSERT).executeBatch(rows))
        .compose(v -> SqlTemplate.forUpdate(conn, OrderSql.CHARGE_INSERT).executeBatch(charges))
        .compose(v -> PartnerEvents.write(conn, EventTypes.ORDER_COMPLETED, partnerId, record.resellerPartnerId(), customerId, now,
            completed))
        .compose(v -> {
          Future<Void> events = Future.succeededFuture();
          for (Map<String, Object> row : rows) {
            events = events.compose(x -> PartnerEvents.write(conn, EventTypes.SAVINGS_PLAN_PURCHASED, partnerId,
                record.resellerPartnerId(), customerId, now, new JsonObject().put("savingsPlanId", row.get("id"))
                    .put("savingsPlanOrderId", row.get("savingsPlanOrderId")).put("orderId", orderId)
                    .put("hourlyCommitment", row.get("hourlyCommitment")).put("currencyCode", currency).put("term", row.get("term"))
                    .put("billingPlan", row.get("billingPlan"))));
          }
          return events;
        })
        .map(v -> new Written(orderId, order, planIds));
  }
}
