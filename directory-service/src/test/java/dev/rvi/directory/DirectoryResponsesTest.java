package dev.rvi.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.customer.SubscriptionRef;
import dev.rvi.domain.directory.AgentAccessRef;
import dev.rvi.domain.directory.CustomerCreate;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.directory.RelationshipQuery;
import dev.rvi.domain.directory.SubscriptionCreate;
import dev.rvi.domain.directory.SubscriptionUpdate;
import dev.rvi.domain.partner.PartnerOnboarding;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.partner.ResellerLink;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory's answers in Partner Center's shapes, field by field, on a fixed clock. */
class DirectoryResponsesTest {
  private static final Caller OPERATOR = new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR));
  private static final Caller PROVIDER = new Caller("northwind-tenant", "nina", Set.of(Role.ADMIN_AGENT));
  private static final Caller RESELLER = new Caller("tailspin-tenant", "tom", Set.of(Role.ADMIN_AGENT));
  private static final Caller CONTOSO = new Caller("contoso-tenant", "carla", Set.of(Role.ADMIN_AGENT));
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
  private static ServiceTestBed bed;
  private static BusClient bus;

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("directory");
    bus = bed.bus;
    bed.deploy(new DirectoryServiceTest.FakeOrder());
    bed.deploy(new DirectoryVerticle(bed.pool, CLOCK));
    ask(bus.ask(DirectoryContract.ONBOARD_PARTNER,
        new PartnerOnboarding("contoso-tenant", "Contoso", "5555555", PartnerType.direct, "US"), OPERATOR, "t"));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  private static JsonObject ask(Future<Document> answer) throws Exception {
    return new JsonObject(answer.await(30, TimeUnit.SECONDS).json());
  }

  private static void same(JsonObject expected, JsonObject actual) {
    assertEquals(expected, actual);
  }

  private static JsonObject json(String text) {
    return new JsonObject(text);
  }

  /** Partner Center's collection of these items, on one page. */
  private static JsonObject collection(JsonObject... items) {
    return new JsonObject().put("totalCount", items.length).put("items", new JsonArray(List.of((Object[]) items)))
        .put("links", new JsonObject()).put("attributes", new JsonObject().put("objectType", "Collection"));
  }

  @Test
  void partnersAndTheirRelationships() throws Exception {
    JsonObject provider = json("""
        {"id": "northwind-tenant", "name": "Northwind", "mpnId": "3333333", "type": "indirectProvider", "country": "US",
         "createdAt": "2026-03-04T05:06:07Z", "resellers": [], "attributes": {"objectType": "Partner"}}""");
    same(provider, ask(bus.ask(DirectoryContract.ONBOARD_PARTNER,
        new PartnerOnboarding("northwind-tenant", "Northwind", "3333333", PartnerType.indirectProvider, "us"), OPERATOR, "t")));
    JsonObject reseller = json("""
        {"id": "tailspin-tenant", "name": "Tailspin", "mpnId": "4444444", "type": "indirectReseller", "country": "GB",
         "createdAt": "2026-03-04T05:06:07Z", "attributes": {"objectType": "Partner"}}""");
    same(reseller, ask(bus.ask(DirectoryContract.ONBOARD_PARTNER,
        new PartnerOnboarding("tailspin-tenant", "Tailspin", "4444444", PartnerType.indirectReseller, "GB"), OPERATOR, "t")));
    same(json("""
        {"providerId": "northwind-tenant", "resellerId": "tailspin-tenant", "resellerMpnId": "4444444",
         "relationshipType": "IsIndirectCloudSolutionProviderOf"}"""),
        ask(bus.ask(DirectoryContract.LINK_RESELLER, new ResellerLink("northwind-tenant", "tailspin-tenant"), OPERATOR, "t")));
    JsonObject direct = json("""
        {"id": "contoso-tenant", "name": "Contoso", "mpnId": "5555555", "type": "direct", "country": "US",
         "createdAt": "2026-03-04T05:06:07Z", "attributes": {"objectType": "Partner"}}""");
    same(collection(direct, provider.copy().put("resellers", new JsonArray().add("tailspin-tenant")), reseller),
        ask(bus.ask(DirectoryContract.LIST_PARTNERS, NoBody.INSTANCE, OPERATOR, "t")));

    JsonObject customer = json("""
        {"id": "cust-1", "companyProfile": {"tenantId": "cust-1", "domain": "served.example", "companyName": "Served"},
         "billingProfile": {"companyName": "Served", "email": "a@served.example", "culture": "en-US", "language": "en",
           "defaultAddress": {"country": "US", "city": "Seattle", "addressLine1": "1 Main St", "postalCode": "98101"}},
         "associatedPartnerId": "tailspin-tenant", "relationshipToPartner": "reseller", "createdAt": "2026-03-04T05:06:07Z",
         "attributes": {"objectType": "Customer"}}""");
    same(customer, ask(bus.ask(DirectoryContract.CREATE_CUSTOMER, new CustomerCreate("cust-1", "Served.Example", " Served ",
        "a@served.example", null, null, "us", "Seattle", "1 Main St", "98101", "tailspin-tenant"), PROVIDER, "t")));
    same(collection(customer), ask(bus.ask(DirectoryContract.LIST_CUSTOMERS, new ListQuery(null, 1, 0, "/v1/customers", null), RESELLER, "t")));

    same(collection(json("""
        {"id": "tailspin-tenant", "name": "Tailspin", "mpnId": "4444444", "country": "GB",
         "relationshipType": "IsIndirectCloudSolutionProviderOf", "customerCount": 1, "linkedAt": "2026-03-04T05:06:07Z",
         "attributes": {"objectType": "PartnerRelationship"}}""")),
        ask(bus.ask(DirectoryContract.LIST_RELATIONSHIPS, new RelationshipQuery(null), PROVIDER, "t")));
    same(collection(json("""
        {"id": "northwind-tenant", "name": "Northwind", "mpnId": "3333333", "country": "US",
         "relationshipType": "IsIndirectResellerOf", "customerCount": 0, "linkedAt": "2026-03-04T05:06:07Z",
         "attributes": {"objectType": "PartnerRelationship"}}""")),
        ask(bus.ask(DirectoryContract.LIST_RELATIONSHIPS, new RelationshipQuery(null), RESELLER, "t")));
  }

  @Test
  void subscriptionsTheirRegistrationAndAgentAccess() throws Exception {
    ask(bus.ask(DirectoryContract.CREATE_CUSTOMER, new CustomerCreate("cust-2", "own.example", "Own", null, null, null, "US",
        null, null, null, null), CONTOSO, "t"));
    JsonObject created = json("""
        {"id": "sub-2", "customerId": "cust-2", "friendlyName": "main", "offerName": "Azure plan", "status": "active",
         "origin": "csp", "registrationStatus": "notregistered", "creationDate": "2026-03-04T05:06:07Z",
         "attributes": {"objectType": "Subscription"}}""");
    same(created, ask(bus.ask(DirectoryContract.CREATE_SUBSCRIPTION, new SubscriptionCreate("sub-2", "cust-2", " main ", null, List.of()),
        CONTOSO, "t")));
    SubscriptionRef sub = new SubscriptionRef("cust-2", "sub-2");
    JsonObject renamed = created.copy().put("friendlyName", "renamed");
    same(renamed, ask(bus.ask(DirectoryContract.UPDATE_SUBSCRIPTION, new SubscriptionUpdate("cust-2", "sub-2", null, "renamed"),
        CONTOSO, "t")));
    JsonObject registration = json("""
        {"subscriptionId": "sub-2", "status": "registered", "attributes": {"objectType": "SubscriptionRegistrationStatus"}}""");
    same(registration, ask(bus.ask(DirectoryContract.REGISTER_SUBSCRIPTION, sub, CONTOSO, "t")));
    same(registration, ask(bus.ask(DirectoryContract.GET_REGISTRATION_STATUS, sub, CONTOSO, "t")));
    JsonObject registered = renamed.copy().put("registrationStatus", "registered");
    same(collection(registered), ask(bus.ask(DirectoryContract.LIST_SUBSCRIPTIONS, new CustomerRef("cust-2"), CONTOSO, "t")));
    same(registered, ask(bus.ask(DirectoryContract.GET_SUBSCRIPTION, sub, CONTOSO, "t")));

    AgentAccessRef hana = new AgentAccessRef("cust-2", "sub-2", "hana@contoso.example");
    JsonObject access = json("""
        {"subscriptionId": "sub-2", "userId": "hana@contoso.example", "grantedBy": "carla", "grantedAt": "2026-03-04T05:06:07Z",
         "attributes": {"objectType": "AgentAccess"}}""");
    same(access, ask(bus.ask(DirectoryContract.GRANT_AGENT_ACCESS, hana, CONTOSO, "t")));
    same(access, ask(bus.ask(DirectoryContract.GET_AGENT_ACCESS, hana, CONTOSO, "t")));
  }
}
