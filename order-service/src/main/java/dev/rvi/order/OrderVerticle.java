package dev.rvi.order;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.BusRequest;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.idempotency.Idempotency;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.outbox.OutboxNudge;
import dev.rvi.domain.outbox.OutboxTopic;
import dev.rvi.domain.refund.RefundPolicy;
import dev.rvi.domain.usage.InForceQuery;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.cart.Carts;
import dev.rvi.order.cart.LineChecks;
import dev.rvi.order.catalog.CatalogClient;
import dev.rvi.order.checkout.Checkout;
import dev.rvi.order.checkout.DirectOrders;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.customer.CustomerLocator;
import dev.rvi.order.directory.DirectoryCopy;
import dev.rvi.order.exchange.Exchanges;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.outbox.BenefitSubscriptionRelay;
import dev.rvi.order.outbox.ChargeRelay;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.outbox.ReservationRelay;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.reservation.Archives;
import dev.rvi.order.reservation.ExpiryNotices;
import dev.rvi.order.reservation.RefundLimits;
import dev.rvi.order.reservation.Refunds;
import dev.rvi.order.reservation.Renewals;
import dev.rvi.order.reservation.ReservationManagement;
import dev.rvi.order.reservation.SplitsAndMerges;
import dev.rvi.order.savingsplan.SavingsPlanRenewals;
import dev.rvi.order.savingsplan.SavingsPlans;
import dev.rvi.order.savingsplan.TradeIns;
import dev.rvi.order.support.SupportQuotes;
import dev.rvi.order.usage.AlertUtilization;
import dev.rvi.order.usage.ReservationUtilization;
import dev.rvi.order.usage.SavingsPlanUtilizations;
import dev.rvi.order.usage.UsageClient;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/** Answers the order service's event-bus actions. */
public final class OrderVerticle extends ServiceVerticle {
  private static final Set<String> OPERATORS = Set.of(Role.OPERATOR);
  /** How often pending charges are sent to billing, besides right after each write that made some. */
  private static final long OUTBOX_INTERVAL_MS = 1_000;
  private static final Set<String> SUPPORT_AGENTS = Set.of(Role.SUPPORT_AGENT);
  private final Pool pool;
  private final Clock clock;
  private final OrderConfig config;
  private Carts carts;
  private Checkout checkout;
  private OrderHistory history;
  private ReservationManagement management;
  private Refunds refunds;
  private Exchanges exchanges;
  private Renewals renewals;
  private ChargeRelay relay;
  private ReservationRelay reservations;
  private BenefitSubscriptionRelay benefitSubscriptions;
  private OutboxTopic events;
  private OutboxNudge eventsNow;

  public OrderVerticle(Pool pool, Clock clock, OrderConfig config) {
    super(Address.ORDER, "order");
    this.pool = pool;
    this.clock = clock;
    this.config = config;
  }

  @Override
  protected void registerActions() {
    Idempotency idempotency = new Idempotency(vertx, pool, clock, "orders");
    // One client for every question this service asks on the bus (the catalog, usage, billing, notification).
    BusClient catalogBus = new BusClient(vertx, config.catalogTimeoutMs());
    CatalogClient catalog = new CatalogClient(catalogBus);
    LineChecks checks = new LineChecks(catalog, config.maximumQuantity());
    RefundPolicy policy = new RefundPolicy(config.refundPolicy());
    carts = new Carts(pool, clock, config.cartLifetime(), checks, idempotency);
    checkout = new Checkout(pool, clock, carts, checks, idempotency);
    history = new OrderHistory(pool, clock, config.exchangeEligibility());
    management = new ReservationManagement(pool, clock, history);
    UsageClient usage = new UsageClient(catalogBus);
    // The reservations in force in its region over the last month go with the question (usage need not ask back).
    Function<Reservation, Future<JsonObject>> utilization = reservation -> history.inForce(new InForceQuery(reservation.customerId(),
            reservation.armRegionName(), clock.instant().truncatedTo(ChronoUnit.DAYS).minus(31, ChronoUnit.DAYS),
            clock.instant().plus(1, ChronoUnit.HOURS)))
        .compose(inForce -> usage.overview(reservation, inForce.reservations()));
    history.showUtilization(utilization);
    history.showRenewalPrice((reservation, country) -> catalog.resolve(reservation.catalogItemId(), country, reservation.expiresAt(),
        "renewal-price"));
    refunds = new Refunds(pool, clock, policy, config.quoteLifetime(), usage);
    exchanges = new Exchanges(pool, clock, policy, checks, config.quoteLifetime(), config.exchangeEligibility(), catalog);
    renewals = new Renewals(pool, clock, catalog);
    relay = new ChargeRelay(vertx, pool, catalogBus);
    reservations = new ReservationRelay(vertx, pool, catalogBus);
    benefitSubscriptions = new BenefitSubscriptionRelay(vertx, pool, catalogBus);
    events = PartnerEvents.relay(pool, catalogBus);
    eventsNow = new OutboxNudge(events);

    on(OrderContract.CREATE_CART, (r, q) -> doc(carts.create(r.caller(), q, r.requestId(), r.idempotencyKey(), r.requestHash())));
    on(OrderContract.GET_CART, (r, q) -> doc(carts.get(r.caller(), q)));
    on(OrderContract.UPDATE_CART, (r, q) -> doc(carts.update(r.caller(), q, r.requestId())));
    on(OrderContract.CHECKOUT, (r, q) -> doc(checkout.checkout(r.caller(), q, r.requestId(), r.idempotencyKey(), r.requestHash()).compose(this::afterWrite)));
    DirectOrders direct = new DirectOrders(pool, carts, checkout, idempotency);
    on(OrderContract.CREATE_ORDER, (r, q) -> doc(direct.create(r.caller(), q, r.requestId(), r.idempotencyKey(), r.requestHash()).compose(this::afterWrite)));
    on(OrderContract.PURCHASE_RESERVATION_ORDER, (r, q) -> doc(direct.create(r.caller(), q.order(), r.requestId(), r.idempotencyKey(),
        r.requestHash(), q.reservationOrderId()).compose(this::afterWrite)));

    on(OrderContract.LIST_ORDERS, (r, q) -> doc(history.orders(r.caller(), q)));
    on(OrderContract.GET_ORDER, (r, q) -> doc(history.order(r.caller(), q)));
    on(OrderContract.GET_ORDER_PROVISIONING, (r, q) -> doc(history.provisioningStatus(r.caller(), q)));
    on(OrderContract.GET_ARTIFACT, (r, q) -> doc(history.artifact(r.caller(), q)));
    on(OrderContract.LIST_ENTITLEMENTS, (r, q) -> doc(history.entitlements(r.caller(), q)));
    on(OrderContract.LIST_RESERVATIONS, (r, q) -> doc(history.reservations(r.caller(), q)));
    on(OrderContract.LIST_PARTNER_RESERVATIONS, (r, q) -> doc(history.partnerReservations(r.caller(), q)));
    on(OrderContract.LIST_PARTNER_RESERVATION_ORDERS, (r, q) -> doc(history.partnerReservationOrders(r.caller(), q)));
    on(OrderContract.LIST_PARTNER_ORDERS, (r, q) -> doc(history.partnerOrders(r.caller(), q)));
    on(OrderContract.GET_RESERVATION, (r, q) -> doc(history.reservation(r.caller(), q)));
    CustomerLocator locator = new CustomerLocator(pool);
    on(OrderContract.CUSTOMER_OF, (r, q) -> locator.locate(r.caller(), q));

    on(OrderContract.CONFIGURE_RESERVATION, (r, q) -> doc(management.configure(r.caller(), q).compose(this::afterWrite)));
    on(OrderContract.LIST_REVISIONS, (r, q) -> doc(management.revisions(r.caller(), q)));
    on(OrderContract.LIST_ROLE_ASSIGNMENTS, (r, q) -> doc(management.roles(r.caller(), q)));
    on(OrderContract.GET_ROLE_ASSIGNMENT, (r, q) -> doc(management.role(r.caller(), q)));
    on(OrderContract.PUT_ROLE_ASSIGNMENT, (r, q) -> doc(management.assign(r.caller(), q)));
    on(OrderContract.DELETE_ROLE_ASSIGNMENT, (r, q) -> doc(management.unassign(r.caller(), q)));
    on(OrderContract.CALCULATE_REFUND, (r, q) -> doc(refunds.calculate(r.caller(), q)));
    Archives archives = new Archives(pool, clock, history);
    on(OrderContract.ARCHIVE_RESERVATION, (r, q) -> doc(archives.archive(r.caller(), q).compose(this::afterWrite)));
    SplitsAndMerges splits = new SplitsAndMerges(pool, clock, history, idempotency);
    on(OrderContract.SPLIT_RESERVATION, (r, q) -> doc(splits.split(r.caller(), q, r.idempotencyKey(), r.requestHash()).compose(this::afterWrite)));
    on(OrderContract.MERGE_RESERVATIONS, (r, q) -> doc(splits.merge(r.caller(), q, r.idempotencyKey(), r.requestHash()).compose(this::afterWrite)));
    RefundLimits limits = new RefundLimits(pool, clock, config.refundPolicy());
    on(OrderContract.GET_REFUND_LIMIT, (r, q) -> doc(limits.ledger(r.caller(), q)));
    on(OrderContract.RETURN_RESERVATION, (r, q) -> doc(refunds.execute(r.caller(), q).compose(this::afterWrite)));
    on(OrderContract.CALCULATE_EXCHANGE, (r, q) -> doc(exchanges.calculate(r.caller(), q, r.requestId())));
    on(OrderContract.EXCHANGE, (r, q) -> doc(exchanges.execute(r.caller(), q).compose(this::afterWrite)));
    on(OrderContract.GET_EXCHANGE_QUOTE, (r, q) -> doc(exchanges.quote(r.caller(), q)));
    on(OrderContract.GET_EXCHANGE_RESULT, (r, q) -> doc(exchanges.result(r.caller(), q)));
    SavingsPlans plans = new SavingsPlans(pool, clock);
    history.showSavingsPlanEntitlements(plans::entitlements);
    SavingsPlanUtilizations planUtilization = new SavingsPlanUtilizations(pool, clock, plans, history, usage);
    plans.showUtilization(planUtilization::overview);
    plans.showPageUtilization(planUtilization::overviews);
    on(OrderContract.SAVINGS_PLAN_HOURS, (r, q) -> planUtilization.hourly(r.caller(), q, r.requestId()));
    on(OrderContract.SAVINGS_PLAN_UTILIZATION, (r, q) -> planUtilization.daily(r.caller(), q, r.requestId()));
    on(OrderContract.LIST_SAVINGS_PLANS, (r, q) -> doc(plans.list(r.caller(), q)));
    on(OrderContract.LIST_PARTNER_SAVINGS_PLANS, (r, q) -> doc(plans.partnerPlans(r.caller(), q)));
    on(OrderContract.GET_SAVINGS_PLAN, (r, q) -> doc(plans.get(r.caller(), q)));
    on(OrderContract.UPDATE_SAVINGS_PLAN, (r, q) -> doc(plans.update(r.caller(), q).compose(this::afterWrite)));
    on(OrderContract.REFUSE_SAVINGS_PLAN_CHANGE, (r, q) -> doc(plans.refuse(r.caller(), q)));
    TradeIns tradeIns = new TradeIns(pool, clock, policy, catalog, config.quoteLifetime());
    on(OrderContract.CALCULATE_TRADE_IN, (r, q) -> doc(tradeIns.calculate(r.caller(), q, r.requestId())));
    on(OrderContract.TRADE_IN, (r, q) -> doc(tradeIns.execute(r.caller(), q).compose(this::afterWrite)));
    on(OrderContract.GET_TRADE_IN_QUOTE, (r, q) -> doc(tradeIns.quote(r.caller(), q)));
    on(OrderContract.GET_TRADE_IN_RESULT, (r, q) -> doc(tradeIns.result(r.caller(), q)));
    ExpiryNotices notices = new ExpiryNotices(pool, clock);
    SavingsPlanRenewals planRenewals = new SavingsPlanRenewals(pool, clock, catalog);
    on(OrderContract.RUN_RENEWALS, OPERATORS, (r, q) -> doc(notices.runDue().compose(n -> renewals.runDue().map(done -> done.put("notices", n)))
        .compose(done -> planRenewals.runDue().map(p -> done.put("savingsPlans", p))).compose(this::afterWrite)));
    on(OrderContract.RESERVATION_FOR_SUPPORT, (r, ref) -> PartnerContext.of(pool, r.caller())
        .compose(partner -> ReservationAccess.forSupport(pool, partner, r.caller(), ref)));
    on(OrderContract.REFUND_FOR_SUPPORT, SUPPORT_AGENTS, (r, q) -> doc(refunds.refundOnce(forPartner(r), q).compose(this::afterWrite)));
    on(OrderContract.EXCHANGE_FOR_SUPPORT, SUPPORT_AGENTS, (r, q) -> doc(exchanges.exchangeOnce(forPartner(r), q, r.requestId())
        .compose(this::afterWrite)));
    on(OrderContract.TRADE_IN_FOR_SUPPORT, SUPPORT_AGENTS, (r, q) -> doc(tradeIns.tradeInOnce(forPartner(r), q, r.requestId())
        .compose(this::afterWrite)));
    SupportQuotes quotes = new SupportQuotes(refunds, exchanges, tradeIns);
    on(OrderContract.QUOTE_FOR_SUPPORT, SUPPORT_AGENTS, (r, q) -> quotes.quote(forPartner(r), q, r.requestId()));

    ReservationUtilization daily = new ReservationUtilization(pool, clock, history, usage);
    on(OrderContract.RESERVATION_UTILIZATION, (r, q) -> daily.of(r.caller(), q, r.requestId()));
    on(OrderContract.RESERVATION_HOURS, (r, q) -> daily.hourly(r.caller(), q, r.requestId()));
    AlertUtilization alerts = new AlertUtilization(pool, clock, utilization, plans, planUtilization::overview);
    onPlatform(OrderContract.UTILIZATION_FOR_ALERTS, (r, q) -> alerts.of(q));

    DirectoryCopy copy = new DirectoryCopy(pool);
    onPlatform(OrderContract.APPLY_DIRECTORY, (r, q) -> copy.apply(q));

    // One poller per process, whatever the instance count; runs on several nodes are kept apart by their claims.
    if (vertx.sharedData().<String, String>getLocalMap("rvi.order.jobs").putIfAbsent("poller", deploymentID()) == null) {
      if (config.renewalIntervalMs() > 0) {
        vertx.setPeriodic(config.renewalIntervalMs(), id -> notices.runDue().compose(n -> renewals.runDue())
            .compose(n -> planRenewals.runDue()).compose(this::afterWrite)
            .onFailure(e -> LoggerFactory.getLogger(OrderVerticle.class).warn("renewals failed: {}", e.getMessage())));
      }
      vertx.setPeriodic(OUTBOX_INTERVAL_MS, id -> relay.deliver()
          .onFailure(e -> LoggerFactory.getLogger(OrderVerticle.class).debug("charges wait for billing: {}", e.getMessage())));
      events.deliverEvery(vertx, OUTBOX_INTERVAL_MS);
      reservations.topic().deliverEvery(vertx, OUTBOX_INTERVAL_MS);
      benefitSubscriptions.topic().deliverEvery(vertx, OUTBOX_INTERVAL_MS);
    }
  }

  @Override
  public Future<?> stop() throws Exception {
    vertx.sharedData().<String, String>getLocalMap("rvi.order.jobs").removeIfPresent("poller", deploymentID());
    return super.stop();
  }

  /**
   * After a write: its charges reach billing, its reservation changes the usage service's copy and its savings plans
   * the directory's subscription lines before the answer; its events go to the notification service beside it.
   */
  private <T> Future<T> afterWrite(T result) {
    return relay.after(result).compose(reservations::after).compose(benefitSubscriptions::after).compose(eventsNow::after);
  }

  private static Future<Document> doc(Future<?> result) {
    return result.map(Document::from);
  }

  /**
   * A support agent carries out an approved request for the partner that filed it: the partner's admin
   * rights on that partner's objects, recorded as the agent.
   */
  private static Caller forPartner(BusRequest r) {
    String partner = r.onBehalfOf();
    if (partner == null || partner.isBlank() || partner.equals(r.caller().tenantId())) {
      throw Errors.badRequest("order", "a support action names the partner it acts for");
    }
    return new Caller(partner, "support:" + r.caller().userId(), Set.of(Role.ADMIN_AGENT));
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
