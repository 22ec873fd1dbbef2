package dev.rvi.directory;

import dev.rvi.directory.access.AgentAccess;
import dev.rvi.directory.customer.Customers;
import dev.rvi.directory.outbox.DirectoryRelay;
import dev.rvi.directory.partner.PartnerContext;
import dev.rvi.directory.partner.PricingTierLookup;
import dev.rvi.directory.partner.Partners;
import dev.rvi.directory.subscription.BenefitSubscriptions;
import dev.rvi.directory.subscription.Subscriptions;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.idempotency.Idempotency;
import dev.rvi.domain.partner.PartnerIdentity;
import dev.rvi.domain.usage.CustomerMarket;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;

/**
 * Answers the customer directory's event-bus actions; it asks no other service: it sends its changes, and is sent the
 * order service's savings plans (the subscriptions they show as).
 */
public final class DirectoryVerticle extends ServiceVerticle {
  private static final Set<String> OPERATORS = Set.of(Role.OPERATOR);
  /** The operator's staff: the operator, and its support agents, who pick a partner by name in their queue. */
  private static final Set<String> PARTNER_READERS = Set.of(Role.OPERATOR, Role.SUPPORT_AGENT);
  private static final long OUTBOX_INTERVAL_MS = 1_000;
  private static final long BUS_TIMEOUT_MS = 5_000;
  private final Pool pool;
  private final Clock clock;
  private DirectoryRelay relay;

  public DirectoryVerticle(Pool pool, Clock clock) {
    super(Address.DIRECTORY, "directory");
    this.pool = pool;
    this.clock = clock;
  }

  @Override
  protected void registerActions() {
    Idempotency idempotency = new Idempotency(vertx, pool, clock, "directory");
    relay = new DirectoryRelay(vertx, pool, new BusClient(vertx, BUS_TIMEOUT_MS));
    Partners partners = new Partners(pool, clock);
    Customers customers = new Customers(pool, clock, idempotency);
    Subscriptions subscriptions = new Subscriptions(pool, clock, idempotency);

    on(DirectoryContract.ONBOARD_PARTNER, OPERATORS, (r, q) -> written(partners.onboard(q)));
    on(DirectoryContract.LIST_PARTNERS, PARTNER_READERS, (r, q) -> doc(partners.list()));
    on(DirectoryContract.LINK_RESELLER, OPERATORS, (r, q) -> written(partners.link(q)));
    on(DirectoryContract.LIST_RELATIONSHIPS, (r, q) -> doc(PartnerContext.of(pool, r.caller())
        .compose(caller -> partners.relationships(caller, q.relationshipType()))));
    on(DirectoryContract.ORGANIZATION_PROFILE, (r, none) -> doc(partners.profile(r.caller())));
    on(DirectoryContract.NAMES, Set.of(Role.SUPPORT_AGENT), (r, q) -> partners.names(q));

    on(DirectoryContract.CREATE_CUSTOMER, (r, q) -> written(customers.create(r.caller(), q, r.idempotencyKey(), r.requestHash())));
    on(DirectoryContract.LIST_CUSTOMERS, (r, q) -> doc(customers.list(r.caller(), q)));
    on(DirectoryContract.GET_CUSTOMER, (r, q) -> doc(customers.get(r.caller(), q)));

    on(DirectoryContract.CREATE_SUBSCRIPTION, (r, q) -> written(subscriptions.create(r.caller(), q, r.idempotencyKey(), r.requestHash())));
    on(DirectoryContract.LIST_SUBSCRIPTIONS, (r, q) -> doc(subscriptions.list(r.caller(), q)));
    on(DirectoryContract.GET_SUBSCRIPTION, (r, q) -> doc(subscriptions.get(r.caller(), q)));
    on(DirectoryContract.UPDATE_SUBSCRIPTION, (r, q) -> written(subscriptions.update(r.caller(), q)));
    on(DirectoryContract.REGISTER_SUBSCRIPTION, (r, q) -> written(subscriptions.register(r.caller(), q)));
    on(DirectoryContract.GET_REGISTRATION_STATUS, (r, q) -> doc(subscriptions.registrationStatus(r.caller(), q)));
    on(DirectoryContract.LIST_AGENT_ACCESS, (r, q) -> doc(subscriptions.agentAccessList(r.caller(), q)));
    on(DirectoryContract.GET_AGENT_ACCESS, (r, q) -> doc(subscriptions.agentAccess(r.caller(), q)));
    on(DirectoryContract.GRANT_AGENT_ACCESS, (r, q) -> written(subscriptions.grant(r.caller(), q)));
    on(DirectoryContract.REVOKE_AGENT_ACCESS, (r, q) -> written(subscriptions.revoke(r.caller(), q)));

    on(DirectoryContract.PARTNER_CONTEXT, (r, none) -> PartnerContext.of(pool, r.caller())
        .map(p -> new PartnerIdentity(p.id(), p.type(), p.mpnId(), p.name())));
    on(DirectoryContract.CUSTOMER_ACCESS, (r, ref) -> PartnerContext.of(pool, r.caller())
        .compose(partner -> Customers.visible(pool, partner, ref.customerId())
            .compose(c -> AgentAccess.of(pool, partner, r.caller(), ref.customerId()))));
    on(DirectoryContract.CUSTOMERS_VISIBLE, (r, q) -> PartnerContext.of(pool, r.caller())
        .compose(partner -> Customers.visibleOf(pool, partner, q)));
    on(DirectoryContract.SUBSCRIPTION_ACCESS, (r, q) -> PartnerContext.of(pool, r.caller())
        .compose(partner -> Subscriptions.owned(pool, partner, q.customerId(), q.subscriptionId())
            .compose(s -> AgentAccess.require(pool, partner, r.caller(), q.subscriptionId())))
        .map(v -> NoBody.INSTANCE));
    on(DirectoryContract.PRICING_TIERS, (r, q) -> PartnerContext.of(pool, r.caller())
        .compose(partner -> PricingTierLookup.of(pool, partner, q)));
    on(DirectoryContract.CUSTOMER_MARKET, (r, q) -> PartnerContext.of(pool, r.caller())
        .compose(partner -> Customers.visible(pool, partner, q.customerId()))
        .map(c -> new CustomerMarket(c.id(), c.country())));

    BenefitSubscriptions benefits = new BenefitSubscriptions(pool, clock);
    onPlatform(DirectoryContract.APPLY_BENEFIT_SUBSCRIPTIONS, (r, q) -> benefits.apply(q));

    // One relay per process, whatever the instance count; relays on several nodes are kept apart by their claims.
    if (vertx.sharedData().<String, String>getLocalMap("rvi.directory.jobs").putIfAbsent("relay", deploymentID()) == null) {
      relay.topic().deliverEvery(vertx, OUTBOX_INTERVAL_MS);
    }
  }

  @Override
  public Future<?> stop() throws Exception {
    vertx.sharedData().<String, String>getLocalMap("rvi.directory.jobs").removeIfPresent("relay", deploymentID());
    return super.stop();
  }

  /** A change's answer goes once the order service's copy has it. */
  private Future<Document> written(Future<?> result) {
    return result.compose(relay::after).map(Document::from);
  }

  private static Future<Document> doc(Future<?> result) {
    return result.map(Document::from);
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
