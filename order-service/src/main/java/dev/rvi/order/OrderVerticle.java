package dev.rvi.order;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.BusRequest;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.CustomerCreate;
import dev.rvi.domain.order.Ids;
import dev.rvi.domain.order.OrderAction;
import dev.rvi.domain.order.SubscriptionCreate;
import dev.rvi.domain.order.SubscriptionUpdate;
import dev.rvi.domain.partner.PartnerContract;
import dev.rvi.domain.partner.PartnerIdentity;
import dev.rvi.domain.partner.PartnerOnboarding;
import dev.rvi.domain.partner.ResellerLink;
import dev.rvi.domain.refund.RefundPolicy;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.domain.reservation.ReservationUpdate;
import dev.rvi.domain.reservation.RoleAssignment;
import dev.rvi.domain.support.SupportContract;
import dev.rvi.domain.usage.CustomerMarket;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsageUpload;
import dev.rvi.order.access.AgentAccess;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.cart.Carts;
import dev.rvi.order.cart.LineChecks;
import dev.rvi.order.catalog.CatalogClient;
import dev.rvi.order.checkout.Checkout;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.idempotency.Idempotency;
import dev.rvi.order.outbox.ChargeRelay;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.partner.Partners;
import dev.rvi.order.reservation.Exchanges;
import dev.rvi.order.reservation.Refunds;
import dev.rvi.order.reservation.Renewals;
import dev.rvi.order.reservation.ReservationManagement;
import dev.rvi.order.subscription.Subscriptions;
import dev.rvi.order.usage.UsageClient;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import java.util.function.BiFunction;
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
  private Partners partners;
  private Customers customers;
  private Subscriptions subscriptions;
  private Carts carts;
  private Checkout checkout;
  private OrderHistory history;
  private ReservationManagement management;
  private Refunds refunds;
  private Exchanges exchanges;
  private Renewals renewals;
  private ChargeRelay relay;

  public OrderVerticle(Pool pool, Clock clock, OrderConfig config) {
    super(Address.ORDER, "order");
    this.pool = pool;
    this.clock = clock;
    this.config = config;
  }

  @Override
  protected void registerActions() {
    Idempotency idempotency = new Idempotency(vertx, pool, clock);
    BusClient catalogBus = new BusClient(vertx, config.catalogTimeoutMs());
    CatalogClient catalog = new CatalogClient(catalogBus);
    LineChecks checks = new LineChecks(catalog, config.maximumQuantity());
    RefundPolicy policy = new RefundPolicy(config.refundPolicy());
    partners = new Partners(pool, clock);
    customers = new Customers(pool, clock, idempotency);
    subscriptions = new Subscriptions(pool, clock, idempotency);
    carts = new Carts(pool, clock, config.cartLifetime(), checks, idempotency);
    checkout = new Checkout(pool, clock, carts, checks, idempotency);
    history = new OrderHistory(pool, clock);
    management = new ReservationManagement(pool, clock, history);
    UsageClient usage = new UsageClient(catalogBus);
    history.showUtilization(usage::overview);
    refunds = new Refunds(pool, clock, policy, config.quoteLifetime(), usage);
    exchanges = new Exchanges(pool, clock, policy, checks, config.quoteLifetime());
    renewals = new Renewals(pool, clock, catalog);
    relay = new ChargeRelay(vertx, pool, new BusClient(vertx, config.catalogTimeoutMs()));

    on(OrderAction.ONBOARD_PARTNER.name(), OPERATORS, r -> partners.onboard(r.body(PartnerOnboarding.class)));
    on(OrderAction.LIST_PARTNERS.name(), OPERATORS, r -> partners.list());
    on(OrderAction.LINK_RESELLER.name(), OPERATORS, r -> partners.link(r.body(ResellerLink.class)));
    on(OrderAction.LIST_RELATIONSHIPS.name(), r -> PartnerContext.of(pool, r.caller())
        .compose(caller -> partners.relationships(caller, r.body(Ids.class).filter())));

    on(OrderAction.CREATE_CUSTOMER.name(), r -> customers.create(r.caller(), r.body(CustomerCreate.class), key(r), hash(r)));
    on(OrderAction.LIST_CUSTOMERS.name(), ids(customers::list));
    on(OrderAction.GET_CUSTOMER.name(), ids(customers::get));

    on(OrderAction.CREATE_SUBSCRIPTION.name(), r -> subscriptions.create(r.caller(), r.body(SubscriptionCreate.class), key(r), hash(r)));
    on(OrderAction.LIST_SUBSCRIPTIONS.name(), ids(subscriptions::list));
    on(OrderAction.GET_SUBSCRIPTION.name(), ids(subscriptions::get));
    on(OrderAction.UPDATE_SUBSCRIPTION.name(), r -> subscriptions.update(r.caller(), r.body(SubscriptionUpdate.class)));
    on(OrderAction.REGISTER_SUBSCRIPTION.name(), ids(subscriptions::register));
    on(OrderAction.GET_REGISTRATION_STATUS.name(), ids(subscriptions::registrationStatus));
    on(OrderAction.GET_AGENT_ACCESS.name(), ids(subscriptions::agentAccess));
    on(OrderAction.GRANT_AGENT_ACCESS.name(), ids(subscriptions::grant));
    on(OrderAction.REVOKE_AGENT_ACCESS.name(), ids(subscriptions::revoke));

    on(OrderAction.CREATE_CART.name(), r -> carts.create(r.caller(), r.body(CartRequest.class), r.requestId(), key(r), hash(r)));
    on(OrderAction.GET_CART.name(), ids(carts::get));
    on(OrderAction.UPDATE_CART.name(), r -> carts.update(r.caller(), r.body(CartRequest.class), r.requestId()));
    on(OrderAction.CHECKOUT.name(), r -> checkout.checkout(r.caller(), r.body(Ids.class), r.requestId(), key(r), hash(r))
        .compose(relay::after));

    on(OrderAction.LIST_ORDERS.name(), ids(history::orders));
    on(OrderAction.GET_ORDER.name(), ids(history::order));
    on(OrderAction.LIST_ENTITLEMENTS.name(), ids(history::entitlements));
    on(OrderAction.LIST_RESERVATIONS.name(), ids(history::reservations));
    on(OrderAction.GET_RESERVATION.name(), ids(history::reservation));

    on(OrderAction.CONFIGURE_RESERVATION.name(), r -> management.configure(r.caller(), r.body(ReservationUpdate.class)));
    on(OrderAction.LIST_REVISIONS.name(), ids(management::revisions));
    on(OrderAction.LIST_ROLE_ASSIGNMENTS.name(), ids(management::roles));
    on(OrderAction.GET_ROLE_ASSIGNMENT.name(), ids(management::role));
    on(OrderAction.PUT_ROLE_ASSIGNMENT.name(), r -> management.assign(r.caller(), r.body(RoleAssignment.class)));
    on(OrderAction.DELETE_ROLE_ASSIGNMENT.name(), ids(management::unassign));
    on(OrderAction.CALCULATE_REFUND.name(), r -> refunds.calculate(r.caller(), r.body(RefundRequest.class)));
    on(OrderAction.RETURN_RESERVATION.name(), r -> refunds.execute(r.caller(), r.body(RefundRequest.class)).compose(relay::after));
    on(OrderAction.CALCULATE_EXCHANGE.name(), r -> exchanges.calculate(r.caller(), r.body(ExchangeRequest.class), r.requestId()));
    on(OrderAction.EXCHANGE.name(), r -> exchanges.execute(r.caller(), r.body(ExchangeRequest.class)).compose(relay::after));
    on(OrderAction.RUN_RENEWALS.name(), OPERATORS, r -> renewals.runDue().compose(relay::after));
    on(SupportContract.RESERVATION_FOR_SUPPORT, (r, ref) -> PartnerContext.of(pool, r.caller())
        .compose(partner -> ReservationAccess.forSupport(pool, partner, r.caller(), ref)));
    on(OrderAction.REFUND_FOR_SUPPORT.name(), SUPPORT_AGENTS, r -> refunds.refundOnce(forPartner(r), r.body(RefundRequest.class))
        .compose(relay::after));
    on(OrderAction.EXCHANGE_FOR_SUPPORT.name(), SUPPORT_AGENTS, r -> exchanges.exchangeOnce(forPartner(r), r.body(ExchangeRequest.class),
        r.requestId()).compose(relay::after));

    on(OrderAction.SUBSCRIPTION_FOR_USAGE.name(), r -> PartnerContext.of(pool, r.caller())
        .compose(partner -> Subscriptions.owned(pool, partner, r.header(UsageUpload.CUSTOMER_HEADER), r.header(UsageUpload.SUBSCRIPTION_HEADER))
            .compose(s -> AgentAccess.require(pool, partner, r.caller(), r.header(UsageUpload.SUBSCRIPTION_HEADER))))
        .map(v -> new JsonObject()));
    on(UsageContract.RESERVATION_FOR_USAGE, (r, q) -> PartnerContext.of(pool, r.caller()).compose(partner -> ReservationAccess.require(
        pool, partner, r.caller(), q.customerId(), q.reservationOrderId(), q.reservationId(), ReservationAccess.Need.READ))
        .map(UsageClient::facts));
    on(UsageContract.CUSTOMER_FOR_USAGE, (r, q) -> PartnerContext.of(pool, r.caller())
        .compose(partner -> Customers.visible(pool, partner, q.customerId()))
        .map(c -> new CustomerMarket(q.customerId(), c.getString("country"))));
    onPlatform(UsageContract.RESERVATIONS_IN_FORCE, (r, q) -> history.inForce(q));

    on(PartnerContract.PARTNER_CONTEXT, (r, none) -> PartnerContext.of(pool, r.caller())
        .map(p -> new PartnerIdentity(p.id(), p.type(), p.mpnId(), p.name())));

    // One poller per process, whatever the instance count; runs on several nodes are kept apart by their claims.
    if (vertx.sharedData().<String, String>getLocalMap("rvi.order.jobs").putIfAbsent("poller", deploymentID()) == null) {
      if (config.renewalIntervalMs() > 0) {
        vertx.setPeriodic(config.renewalIntervalMs(), id -> renewals.runDue().compose(relay::after)
            .onFailure(e -> LoggerFactory.getLogger(OrderVerticle.class).warn("renewals failed: {}", e.getMessage())));
      }
      vertx.setPeriodic(OUTBOX_INTERVAL_MS, id -> relay.deliver()
          .onFailure(e -> LoggerFactory.getLogger(OrderVerticle.class).debug("charges wait for billing: {}", e.getMessage())));
    }
  }

  @Override
  public Future<?> stop() throws Exception {
    vertx.sharedData().<String, String>getLocalMap("rvi.order.jobs").removeIfPresent("poller", deploymentID());
    return super.stop();
  }

  private static Function<BusRequest, Future<?>> ids(BiFunction<Caller, Ids, Future<?>> handler) {
    return r -> handler.apply(r.caller(), r.body(Ids.class));
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

  private static String key(BusRequest r) {
    return r.header(Headers.IDEMPOTENCY_KEY);
  }

  private static String hash(BusRequest r) {
    return r.header(Headers.REQUEST_HASH);
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
