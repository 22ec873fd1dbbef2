package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.usage.UsageAction;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A savings plan among the customer's entitlements, in Partner Center's shape, and the savings-plan list with each plan's
 * utilization, asked of the usage service once for the page; the list still answers while the usage service is down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavingsPlanEntitlementTest {
  private static final String ONE_YEAR_PLAN = "DZH318Z09V6F:0001:DZH318Z0BLD3";
  private static final Map<String, AtomicInteger> USAGE_ASKED = new ConcurrentHashMap<>();
  private static TestPlatform platform;
  private static Shop shop;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    platform.vertx.eventBus().addOutboundInterceptor(ctx -> {
      if (Address.USAGE.equals(ctx.message().address()) && ctx.message().headers().get("action") != null) {
        USAGE_ASKED.computeIfAbsent(ctx.message().headers().get("action"), a -> new AtomicInteger()).incrementAndGet();
      }
      ctx.next();
    });
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static int asked(UsageAction action) {
    AtomicInteger n = USAGE_ASKED.get(action.name());
    return n == null ? 0 : n.get();
  }

  private static JsonObject buyPlan(String customer, String subscription, double hourly) {
    JsonObject line = new JsonObject().put("id", 0).put("catalogItemId", ONE_YEAR_PLAN).put("quantity", 1).put("billingCycle", "one_time")
        .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", subscription))
        .put("purchaseCommitment", new JsonObject().put("amount", hourly).put("grain", "hourly").put("currency", "usd"));
    TestPlatform.Reply bought = shop.buy(customer, null, line);
    assertEquals(201, bought.status(), bought::toString);
    return bought.json().getJsonArray("orders").getJsonObject(0);
  }

  @Test
  @Order(1)
  void aSavingsPlanIsAnEntitlementBesideTheReservations() {
    String[] c = shop.newCustomer("plan-entitled.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofSeconds(1));
    JsonObject order = buyPlan(c[0], c[1], 0.05);
    JsonObject orderLine = order.getJsonArray("lineItems").getJsonObject(0);
    assertEquals("benefit", orderLine.getString("billingType"));
    assertEquals("Benefit", orderLine.getString("unitType"));
    JsonObject plan = platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().get(0);

    String entitlements = "/v1/customers/" + c[0] + "/entitlements";
    TestPlatform.Reply all = platform.get(entitlements, shop.token);
    assertEquals(200, all.status(), all::toString);
    assertEquals(2, all.json().getInteger("totalCount"), all::toString);
    List<JsonObject> items = all.items();
    assertEquals("reservedinstance", items.get(0).getString("entitlementType"), "bought first, listed first");
    assertEquals(reservation.getString("reservationOrderId"),
        items.get(0).getJsonArray("entitledArtifacts").getJsonObject(0).getString("resourceId"));

    JsonObject entitled = items.get(1);
    assertEquals("savingsplan", entitled.getString("entitlementType"));
    assertEquals("DZH318Z09V6F", entitled.getString("productId"));
    assertEquals("0001", entitled.getString("skuId"));
    assertEquals(1, entitled.getInteger("quantity"));
    assertEquals(plan.getString("expiryDateTime"), entitled.getString("expiryDate"));
    JsonObject reference = entitled.getJsonObject("referenceOrder");
    assertEquals(order.getString("id"), reference.getString("id"));
    assertEquals(String.valueOf(orderLine.getInteger("lineItemNumber")), reference.getString("lineItemId"));
    assertEquals(order.getString("alternateId"), reference.getString("alternateId"));
    JsonArray artifacts = entitled.getJsonArray("entitledArtifacts");
    assertEquals(1, artifacts.size());
    JsonObject artifact = artifacts.getJsonObject(0);
    assertEquals("savingsplan", artifact.getString("artifactType"));
    assertEquals(plan.getString("savingsPlanOrderId"), artifact.getString("resourceId"));
    assertEquals(plan.getString("id"), artifact.getJsonObject("dynamicAttributes").getString("savingsPlanId"));
    assertEquals(plan.getString("savingsPlanOrderId"), artifact.getJsonObject("dynamicAttributes").getString("savingsPlanOrderId"));
    TestPlatform.Reply linked = platform.get(artifact.getJsonObject("link").getString("uri"), shop.token);
    assertEquals(200, linked.status(), linked::toString);
    assertEquals(plan.getString("id"), linked.json().getString("id"));

    for (String type : List.of("savingsPlan", "savingsplan", "SavingsPlan")) {
      List<JsonObject> plans = platform.get(entitlements + "?entitlementType=" + type, shop.token).items();
      assertEquals(List.of(entitled), plans, type);
    }
    List<JsonObject> reservations = platform.get(entitlements + "?entitlementType=reservedInstance", shop.token).items();
    assertEquals(List.of(items.get(0)), reservations);
    TestPlatform.Reply firstPage = platform.get(entitlements + "?size=1", shop.token);
    assertEquals(2, firstPage.json().getInteger("totalCount"));
    assertEquals(List.of(items.get(0)), firstPage.items());
    TestPlatform.Reply next = platform.get(firstPage.json().getJsonObject("links").getJsonObject("next").getString("uri"), shop.token);
    assertEquals(List.of(entitled), next.items(), next::toString);

    assertRefused(platform.get(entitlements + "?entitlementType=software", shop.token), 400);
    assertRefused(platform.get(entitlements, platform.token(DemoData.FABRIKAM.id(), "AdminAgent")), 404);
    // A sales agent sees the plans of the subscriptions it was given access to, and only those.
    String user = "sally." + c[0] + "@contoso.example";
    String agent = platform.tokenOf(DemoData.CONTOSO.id(), user, "SalesAgent");
    assertEquals(0, platform.get(entitlements + "?entitlementType=savingsPlan", agent).json().getInteger("totalCount"));
    assertEquals(200, platform.put("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/agentAccess/" + user, shop.token, "").status());
    assertEquals(List.of(entitled), platform.get(entitlements + "?entitlementType=savingsPlan", agent).items());
  }

  @Test
  @Order(2)
  void theListShowsEachPlansUtilizationAskedOnceAPage() throws Exception {
    String[] c = shop.newCustomer("plan-list.example", "US");
    Instant first = Instant.parse(buyPlan(c[0], c[1], 0.1).getString("creationDate")).truncatedTo(ChronoUnit.HOURS);
    buyPlan(c[0], c[1], 0.05);
    platform.moveClockBy(Duration.ofDays(2));
    // One D2s_v5 every hour the plans have been in force: 0.0691 an hour uses all of 0.05 and 69.10 % of 0.1.
    JsonArray usage = new JsonArray();
    Instant now = platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    for (Instant hour = first; hour.isBefore(now); hour = hour.plus(Duration.ofHours(1))) {
      usage.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-1")
          .put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1));
    }
    assertEquals(200, platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token,
        new JsonObject().put("items", usage).encode()).status());

    String list = "/v1/customers/" + c[0] + "/savingsPlans";
    int pagesBefore = asked(UsageAction.SAVINGS_PLAN_OVERVIEWS);
    int plansBefore = asked(UsageAction.SAVINGS_PLAN_UTILIZATION);
    List<JsonObject> plans = platform.get(list, shop.token).items();
    assertEquals(pagesBefore + 1, asked(UsageAction.SAVINGS_PLAN_OVERVIEWS), "one question for the page");
    assertEquals(plansBefore, asked(UsageAction.SAVINGS_PLAN_UTILIZATION), "none per plan");
    assertEquals(2, plans.size());
    for (JsonObject listed : plans) {
      JsonObject utilization = listed.getJsonObject("utilization");
      assertEquals(3, utilization.getJsonArray("aggregates").size(), utilization::encode);
      JsonObject single = platform.get(list + "/" + listed.getString("id"), shop.token).json();
      assertEquals(single.getJsonObject("utilization"), utilization, "the list shows what GET shows");
      String expected = listed.getJsonObject("commitment").getValue("amount").toString().equals("0.05") ? "100" : "69.10";
      for (Object a : utilization.getJsonArray("aggregates")) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(((JsonObject) a).getValue("value").toString())), utilization::encode);
      }
    }

    platform.platform.stopService("usage").await(30, TimeUnit.SECONDS);
    TestPlatform.Reply without = platform.get(list, shop.token);
    assertEquals(200, without.status(), without::toString);
    assertEquals(2, without.items().size());
    for (JsonObject listed : without.items()) {
      JsonObject utilization = listed.getJsonObject("utilization");
      assertNull(utilization.getValue("trend"));
      assertEquals(0, utilization.getJsonArray("aggregates").size(), utilization::encode);
    }
  }
}
