package dev.rvi.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.customer.CustomerIds;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.SubscriptionRef;
import dev.rvi.domain.directory.AgentAccessRef;
import dev.rvi.domain.directory.CustomerCreate;
import dev.rvi.domain.directory.DirectoryChange;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.directory.SubscriptionCreate;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerOnboarding;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory on its own: a real Postgres, a local event bus, and a fake of the one service it tells (the order
 * service, which keeps a copy from the directory's changes). The directory asks nobody.
 */
class DirectoryServiceTest {
  private static final Caller OPERATOR = new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR));
  private static final Caller CONTOSO = new Caller("contoso-tenant", "alice", Set.of(Role.ADMIN_AGENT));
  private static final Caller FABRIKAM = new Caller("fabrikam-tenant", "bob", Set.of(Role.ADMIN_AGENT));
  private static ServiceTestBed bed;
  private static BusClient bus;
  private static final List<DirectoryChange> CHANGES = new CopyOnWriteArrayList<>();
  private static String fakeOrderId;

  /** The order service as the directory sees it: it takes the changes for its copy. */
  static final class FakeOrder extends ServiceVerticle {
    FakeOrder() {
      super(Address.ORDER, "order");
    }

    @Override
    protected void registerActions() {
      onPlatform(OrderContract.APPLY_DIRECTORY, (r, batch) -> {
        CHANGES.addAll(batch.changes());
        return Future.succeededFuture(NoBody.INSTANCE);
      });
    }
  }

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("directory");
    bus = bed.bus;
    fakeOrderId = bed.deploy(new FakeOrder());
    bed.deploy(new DirectoryVerticle(bed.pool, Clock.systemUTC()));
    onboard("contoso-tenant", "1111111");
    onboard("fabrikam-tenant", "2222222");
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  private static void onboard(String id, String mpnId) throws Exception {
    ask(bus.ask(DirectoryContract.ONBOARD_PARTNER, new PartnerOnboarding(id, id, mpnId, PartnerType.direct, "US"), OPERATOR, "test"));
  }

  private static <T> T ask(Future<T> answer) throws Exception {
    return answer.await(30, TimeUnit.SECONDS);
  }

  /** 200 for an answer, else the refusal's status. */
  private static int refusal(Future<?> answer) throws Exception {
    Throwable e = answer.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
    return e == null ? 200 : e instanceof ApiException api ? api.error().httpStatus() : 500;
  }

  private static String customer(Caller caller, String domain, String key) throws Exception {
    CustomerCreate body = new CustomerCreate(null, domain, domain, null, "en-US", "en", "US", null, null, null, null);
    Map<String, String> headers = key == null ? Map.of() : Map.of(Headers.IDEMPOTENCY_KEY, key, Headers.REQUEST_HASH, domain);
    return new JsonObject(ask(bus.ask(DirectoryContract.CREATE_CUSTOMER, body, caller, "test", headers)).json()).getString("id");
  }

  private static String subscription(Caller caller, String customerId) throws Exception {
    return new JsonObject(ask(bus.ask(DirectoryContract.CREATE_SUBSCRIPTION,
        new SubscriptionCreate(null, customerId, "main", "csp", List.of()), caller, "test")).json()).getString("id");
  }

  private static boolean copied(String table, String op, String fragment) {
    return CHANGES.stream().anyMatch(c -> c.table().equals(table) && c.op().equals(op) && c.row().contains(fragment));
  }

  @Test
  void aWriteAnswersOnceTheOrderServicesCopyHasIt() throws Exception {
    String id = customer(CONTOSO, "copied.example", null);
    assertTrue(copied("customer", "INSERT", id), "the customer reached the copy before the answer");
    assertTrue(copied("partner", "INSERT", "1111111"), "so did the partners");
  }

  @Test
  void aCustomerIsSeenOnlyByItsPartner() throws Exception {
    String id = customer(CONTOSO, "mine.example", null);
    assertEquals(200, refusal(bus.ask(DirectoryContract.GET_CUSTOMER, new CustomerRef(id), CONTOSO, "test")));
    assertEquals(404, refusal(bus.ask(DirectoryContract.GET_CUSTOMER, new CustomerRef(id), FABRIKAM, "test")));
    assertEquals(404, refusal(bus.ask(DirectoryContract.CUSTOMER_ACCESS, new CustomerRef(id), FABRIKAM, "test")));
    assertEquals(List.of(id), ask(bus.ask(DirectoryContract.CUSTOMERS_VISIBLE, new CustomerIds(List.of(id, "nobody")), CONTOSO, "t")).ids());
    assertEquals(List.of(), ask(bus.ask(DirectoryContract.CUSTOMERS_VISIBLE, new CustomerIds(List.of(id)), FABRIKAM, "t")).ids());
  }

  @Test
  void aTenantThatIsNoPartnerIsRefused() throws Exception {
    Caller stranger = new Caller("stranger-tenant", "eve", Set.of(Role.ADMIN_AGENT));
    assertEquals(403, refusal(bus.ask(DirectoryContract.PARTNER_CONTEXT, NoBody.INSTANCE, stranger, "test")));
    assertEquals("1111111", ask(bus.ask(DirectoryContract.PARTNER_CONTEXT, NoBody.INSTANCE, CONTOSO, "test")).mpnId());
  }

  @Test
  void aRetriedCreateReplaysItsFirstAnswerAndASecondDomainIsRefused() throws Exception {
    String first = customer(CONTOSO, "retried.example", "key-1");
    assertEquals(first, customer(CONTOSO, "retried.example", "key-1"));
    CustomerCreate again = new CustomerCreate(null, "retried.example", "x", null, "en-US", "en", "US", null, null, null, null);
    assertEquals(409, refusal(bus.ask(DirectoryContract.CREATE_CUSTOMER, again, CONTOSO, "test")));
  }

  @Test
  void anAgentActsForASubscriptionOnlyWithAccessAndItsRevocationReachesTheCopyLast() throws Exception {
    String customerId = customer(CONTOSO, "agents.example", null);
    String subscriptionId = subscription(CONTOSO, customerId);
    Caller helpdesk = new Caller("contoso-tenant", "hana", Set.of(Role.HELPDESK_AGENT));
    SubscriptionRef ref = new SubscriptionRef(customerId, subscriptionId);
    assertEquals(403, refusal(bus.ask(DirectoryContract.SUBSCRIPTION_ACCESS, ref, helpdesk, "test")));
    AgentAccessRef access = new AgentAccessRef(customerId, subscriptionId, "hana");
    ask(bus.ask(DirectoryContract.GRANT_AGENT_ACCESS, access, CONTOSO, "test"));
    assertEquals(200, refusal(bus.ask(DirectoryContract.SUBSCRIPTION_ACCESS, ref, helpdesk, "test")));
    ask(bus.ask(DirectoryContract.REVOKE_AGENT_ACCESS, access, CONTOSO, "test"));
    assertEquals(403, refusal(bus.ask(DirectoryContract.SUBSCRIPTION_ACCESS, ref, helpdesk, "test")));
    assertEquals(404, refusal(bus.ask(DirectoryContract.SUBSCRIPTION_ACCESS, ref, FABRIKAM, "test")));

    DirectoryChange granted = CHANGES.stream().filter(c -> c.table().equals("agent_access") && c.op().equals("INSERT")
        && c.row().contains(subscriptionId)).findFirst().orElseThrow();
    DirectoryChange revoked = CHANGES.stream().filter(c -> c.table().equals("agent_access") && c.op().equals("DELETE")
        && c.row().contains(subscriptionId)).findFirst().orElseThrow();
    assertTrue(revoked.at() > granted.at() || (revoked.at() == granted.at() && revoked.sequence() > granted.sequence()),
        "a copy applying the newer change last ends with no access, in whatever order the batches come");
  }

  @Test
  void whileTheOrderServiceIsAwayWritesAnswerAndTheirChangesFollow() throws Exception {
    bed.undeploy(fakeOrderId);
    long started = System.currentTimeMillis();
    String id;
    try {
      id = customer(FABRIKAM, "while-away.example", null);
      assertTrue(System.currentTimeMillis() - started < 5_000, "the answer did not wait for the order service");
      assertTrue(!copied("customer", "INSERT", id));
    } finally {
      fakeOrderId = bed.deploy(new FakeOrder());
    }
    for (int i = 0; i < 100 && !copied("customer", "INSERT", id); i++) {
      Thread.sleep(100);
    }
    assertTrue(copied("customer", "INSERT", id), "the change went once the order service was back");
  }
}
