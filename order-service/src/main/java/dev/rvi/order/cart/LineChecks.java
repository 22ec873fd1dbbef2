package dev.rvi.order.cart;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.order.access.AgentAccess;
import dev.rvi.order.catalog.CatalogClient;
import dev.rvi.order.customer.Customer;
import dev.rvi.order.customer.Subscription;
import dev.rvi.order.customer.SubscriptionMapper;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules a cart line must pass, at review and again at checkout: the subscription exists for this
 * customer (800011), is active (800012) and registered for reserved instances (800030); the item is
 * in the catalog and sold in the customer's market now, for the term asked; the quantity is within
 * limits (800017). A broken rule marks the line; agents without explicit access are refused whole.
 */
public final class LineChecks {
  private final CatalogClient catalog;
  private final int maximumQuantity;

  public LineChecks(CatalogClient catalog, int maximumQuantity) {
    this.catalog = catalog;
    this.maximumQuantity = maximumQuantity;
  }

  /**
   * A line after its checks, with the catalog's word on its item: a reservation's {@code item} or a savings plan's
   * {@code plan} (null when the catalog has none).
   */
  public record Checked(CartLine line, CatalogItem item, SavingsPlanItem plan) {}

  public Future<List<Checked>> check(SqlClient sql, PartnerContext partner, Caller caller, Customer customer, List<CartLine> lines,
                                     Function<CartLine, PartnerOfRecord> records, Instant at, String requestId) {
    String customerId = customer.id();
    String country = customer.country();
    Set<String> named = new LinkedHashSet<>();
    lines.forEach(line -> named.add(line.subscriptionId()));
    Future<Map<String, Subscription>> owned = sql.preparedQuery(OrderSql.SUBSCRIPTIONS_OWNED)
        .execute(Tuple.of(named.toArray(String[]::new), customerId, partner.id()))
        .map(rows -> {
          Map<String, Subscription> byId = new HashMap<>();
          rows.forEach(r -> {
            Subscription s = SubscriptionMapper.of(r);
            byId.put(s.id(), s);
          });
          return byId;
        });
    List<Future<Checked>> checks = new ArrayList<>();
    for (CartLine line : lines) {
      if (line.savingsPlan()) {
        Future<SavingsPlanItem> plan = catalog.resolvePlan(line.catalogItemId(), country, at,
            records == null ? null : LineTiers.of(partner, customerId, records.apply(line)), requestId);
        checks.add(Future.all(owned, plan).map(both -> new Checked(
            planVerdict(line, owned.result().get(line.subscriptionId()), plan.result(), country), null, plan.result())));
        continue;
      }
      Future<CatalogItem> item = catalog.resolve(line.catalogItemId(), country, at,
          records == null ? null : LineTiers.of(partner, customerId, records.apply(line)), requestId);
      checks.add(Future.all(owned, item).map(both -> {
        CatalogItem resolved = item.result();
        return new Checked(verdict(line, owned.result().get(line.subscriptionId()), resolved, country), resolved, null);
      }));
    }
    return Future.all(checks).compose(all -> {
      List<Checked> checked = new ArrayList<>();
      Set<String> subscriptions = new LinkedHashSet<>();
      for (Future<Checked> f : checks) {
        checked.add(f.result());
        if (f.result().line().errorCode() == null || f.result().line().errorCode() != ErrorCode.NOT_AN_AZURE_SUBSCRIPTION) {
          subscriptions.add(f.result().line().subscriptionId());
        }
      }
      Future<Void> access = Future.succeededFuture();
      for (String subscriptionId : subscriptions) {
        access = access.compose(v -> AgentAccess.require(sql, partner, caller, subscriptionId));
      }
      return access.map(v -> checked);
    });
  }

  /** A savings plan's line: its subscription as a reservation's, then the plan's term, market, currency and commitment. */
  private CartLine planVerdict(CartLine line, Subscription subscription, SavingsPlanItem plan, String country) {
    CartLine bySubscription = subscriptionVerdict(line, subscription);
    if (bySubscription != null) {
      return bySubscription;
    }
    if (plan == null || !plan.purchasable()) {
      return line.withError(ErrorCode.BAD_REQUEST, "savings plans are not sold in the customer's market (" + country + ")");
    }
    if (plan.term() != line.term()) {
      return line.withError(ErrorCode.BAD_REQUEST, "termDuration " + line.term() + " does not match the savings plan's term " + plan.term());
    }
    if (!plan.currencyCode().equals(line.commitmentCurrency())) {
      return line.withError(ErrorCode.BAD_REQUEST, "purchaseCommitment.currency " + line.commitmentCurrency()
          + " is not the customer's billing currency " + plan.currencyCode());
    }
    if (line.commitment().compareTo(plan.minimumHourlyCommitment()) < 0) {
      return line.withError(ErrorCode.BAD_REQUEST, "purchaseCommitment.amount " + line.commitment().toPlainString()
          + " is below the minimum hourly commitment of " + plan.minimumHourlyCommitment().toPlainString() + " " + plan.currencyCode());
    }
    if (line.commitment().remainder(plan.commitmentStep()).signum() != 0) {
      return line.withError(ErrorCode.BAD_REQUEST, "purchaseCommitment.amount " + line.commitment().toPlainString()
          + " must be a multiple of " + plan.commitmentStep().toPlainString() + " " + plan.currencyCode() + " an hour");
    }
    return line.withError(null, null);
  }

  /** The subscription's refusal of a line, or null when it may be bought for. */
  private static CartLine subscriptionVerdict(CartLine line, Subscription subscription) {
    if (subscription == null) {
      return line.withError(ErrorCode.NOT_AN_AZURE_SUBSCRIPTION,
          "subscription " + line.subscriptionId() + " is not a valid Azure subscription of this customer");
    }
    if (!subscription.active()) {
      return line.withError(ErrorCode.SUBSCRIPTION_NOT_ACTIVE,
          "subscription " + line.subscriptionId() + " is not active (" + subscription.status() + ")");
    }
    if (!subscription.registered()) {
      return line.withError(ErrorCode.SUBSCRIPTION_NOT_REGISTERED,
          "subscription " + line.subscriptionId() + " is not registered for reserved instances; POST .../registrations first");
    }
    return null;
  }

  private CartLine verdict(CartLine line, Subscription subscription, CatalogItem item, String country) {
    CartLine bySubscription = subscriptionVerdict(line, subscription);
    if (bySubscription != null) {
      return bySubscription;
    }
    if (item == null) {
      return line.withError(ErrorCode.BAD_REQUEST, "catalog item " + line.catalogItemId() + " is not in the catalog of " + country);
    }
    if (!item.purchasable()) {
      return line.withError(ErrorCode.BAD_REQUEST, "reserved VM instances are not sold in the customer's market (" + country + ")");
    }
    if (item.term() != line.term()) {
      return line.withError(ErrorCode.BAD_REQUEST,
          "termDuration " + line.term() + " does not match the catalog item's term " + item.term());
    }
    if (line.quantity() > maximumQuantity) {
      return line.withError(ErrorCode.QUANTITY_NOT_AVAILABLE, "quantity " + line.quantity() + " is more than the "
          + maximumQuantity + " that one line may buy");
    }
    return line.withError(null, null);
  }
}
