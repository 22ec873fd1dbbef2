package dev.rvi.app;

import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.customer.SubscriptionRef;
import dev.rvi.domain.directory.AgentAccessRef;
import dev.rvi.domain.directory.CustomerCreate;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.directory.SubscriptionCreate;
import dev.rvi.domain.directory.SubscriptionUpdate;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * Demo customers and subscriptions, made through the order service as each partner's admin agent
 * would: served (US, GB) and unserved (BR) markets, subscriptions in each status, one that came from
 * an Enterprise Agreement, customers of the indirect provider served by each reseller, and explicit
 * access for one sales agent.
 */
final class DemoCustomers {
  record Subscription(String id, String name, String origin, boolean registered, String status) {}

  record Customer(PartnerRef partner, String id, String domain, String name, String country, String reseller,
                  List<Subscription> subscriptions) {}

  record PartnerRef(String tenantId) {}

  static final PartnerRef CONTOSO = new PartnerRef(DemoData.CONTOSO.id());
  static final PartnerRef FABRIKAM = new PartnerRef(DemoData.FABRIKAM.id());
  static final String SALES_AGENT = "sales.agent@contoso.example";

  static final Customer ADATUM = new Customer(CONTOSO, "c0a7d1e5-0000-4000-8000-0000000000a1", "adatum.example",
      "Adatum Corporation", "US", null, List.of(
          new Subscription("5b000000-0000-4000-8000-0000000000a1", "Adatum Production", "csp", true, "active"),
          new Subscription("5b000000-0000-4000-8000-0000000000a2", "Adatum Development", "csp", false, "active"),
          new Subscription("5b000000-0000-4000-8000-0000000000a3", "Adatum Legacy", "csp", true, "suspended"),
          new Subscription("5b000000-0000-4000-8000-0000000000a4", "Adatum Retired", "csp", true, "deleted"),
          new Subscription("5b000000-0000-4000-8000-0000000000a5", "Adatum from EA", "transferredFromEA", true, "active")));
  static final Customer BELLOWS = new Customer(CONTOSO, "c0a7d1e5-0000-4000-8000-0000000000b2", "bellows.example",
      "Bellows College", "BR", null, List.of(
          new Subscription("5b000000-0000-4000-8000-0000000000b1", "Bellows Campus", "csp", true, "active")));
  static final Customer COHO = new Customer(CONTOSO, "c0a7d1e5-0000-4000-8000-0000000000c3", "coho.example",
      "Coho Winery", "GB", null, List.of(
          new Subscription("5b000000-0000-4000-8000-0000000000c1", "Coho Shop", "transferredFromDirect", true, "active")));
  static final Customer DATUM = new Customer(FABRIKAM, "c0a7d1e5-0000-4000-8000-0000000000d4", "datum.example",
      "Datum Logistics", "US", DemoData.NORTHWIND.id(), List.of(
          new Subscription("5b000000-0000-4000-8000-0000000000d1", "Datum Fleet", "csp", true, "active")));
  static final Customer ELECTRO = new Customer(FABRIKAM, "c0a7d1e5-0000-4000-8000-0000000000e5", "electro.example",
      "Electro Parts Ltd", "GB", DemoData.TAILSPIN.id(), List.of(
          new Subscription("5b000000-0000-4000-8000-0000000000e1", "Electro Plant", "csp", true, "active")));
  static final List<Customer> ALL = List.of(ADATUM, BELLOWS, COHO, DATUM, ELECTRO);

  private final BusClient bus;

  DemoCustomers(BusClient bus) {
    this.bus = bus;
  }

  private static Caller admin(PartnerRef partner) {
    return new Caller(partner.tenantId(), "demo-admin@" + partner.tenantId(), Set.of(Role.ADMIN_AGENT));
  }

  /** The demo customers of the partners the demo onboarded (each only if that partner has no customer yet). */
  Future<Void> loadIfEmpty(Set<String> onboarded) {
    Future<Void> chain = Future.succeededFuture();
    for (PartnerRef partner : List.of(CONTOSO, FABRIKAM)) {
      // A customer served by a reseller needs the reseller's link, which the demo made only if it onboarded both.
      boolean resellersToo = ALL.stream().filter(c -> c.partner().equals(partner) && c.reseller() != null)
          .allMatch(c -> onboarded.contains(c.reseller()));
      if (onboarded.contains(partner.tenantId()) && resellersToo) {
        chain = chain.compose(v -> bus.ask(DirectoryContract.LIST_CUSTOMERS, new ListQuery(null, 1, 0, null, null), admin(partner), "demo")
            .compose(list -> new JsonObject(list.json()).getLong("totalCount") > 0 ? Future.succeededFuture() : load(partner)));
      }
    }
    return chain;
  }

  private Future<Void> load(PartnerRef partner) {
    Future<Void> chain = Future.succeededFuture();
    for (Customer c : ALL.stream().filter(c -> c.partner().equals(partner)).toList()) {
      chain = chain.compose(v -> ask(c.partner(), DirectoryContract.CREATE_CUSTOMER, new CustomerCreate(c.id(), c.domain(), c.name(),
          "billing@" + c.domain(), "en-US", "en", c.country(), "Redmond", "1 Demo Way", "98052", c.reseller())));
      for (Subscription s : c.subscriptions()) {
        chain = chain.compose(v -> ask(c.partner(), DirectoryContract.CREATE_SUBSCRIPTION,
            new SubscriptionCreate(s.id(), c.id(), s.name(), s.origin(), List.of())));
        if (s.registered()) {
          chain = chain.compose(v -> ask(c.partner(), DirectoryContract.REGISTER_SUBSCRIPTION, new SubscriptionRef(c.id(), s.id())));
        }
        if (!"active".equals(s.status())) {
          chain = chain.compose(v -> ask(c.partner(), DirectoryContract.UPDATE_SUBSCRIPTION,
              new SubscriptionUpdate(c.id(), s.id(), s.status(), null)));
        }
      }
    }
    if (!partner.equals(CONTOSO)) {
      return chain;
    }
    Subscription production = ADATUM.subscriptions().get(0);
    return chain.compose(v -> ask(CONTOSO, DirectoryContract.GRANT_AGENT_ACCESS,
        new AgentAccessRef(ADATUM.id(), production.id(), SALES_AGENT)));
  }

  private <Q> Future<Void> ask(PartnerRef partner, BusAction<Q, Document> action, Q body) {
    return bus.ask(action, body, admin(partner), "demo").mapEmpty();
  }
}
