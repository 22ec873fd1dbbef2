package dev.rvi.app;

import static dev.rvi.app.AzureSdk.raised;
import static dev.rvi.app.AzureSdk.result;
import static dev.rvi.app.AzureSdk.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Microsoft's JavaScript client for Microsoft.BillingBenefits ({@code @azure/arm-billingbenefits} 1.0.0, api-version
 * 2022-11-01), unchanged, against the gateway over TLS: a savings plan bought through a cart read, listed, updated and its
 * update validated as the client models them, another partner's plan not found.
 */
class AzureBillingBenefitsSdkTest {
  private static final String SCRIPT = "billingbenefits.cjs";
  private static final String ONE_YEAR = "DZH318Z09V6F:0001:DZH318Z0BLD3";
  private static TestPlatform platform;
  private static Shop shop;
  private static AzureSdk sdk;
  private static String[] customer;
  private static JsonObject plan;

  @BeforeAll
  static void start() {
    platform = TestPlatform.startTls(true);
    sdk = AzureSdk.install(platform);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    customer = shop.newCustomer("arm-sdk-plans.example", "US");
    TestPlatform.Reply bought = shop.buy(customer[0], null, new JsonObject().put("id", 0).put("catalogItemId", ONE_YEAR).put("quantity", 1)
        .put("billingCycle", "one_time").put("termDuration", "P1Y")
        .put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", customer[1]))
        .put("purchaseCommitment", new JsonObject().put("amount", 0.05).put("grain", "hourly").put("currency", "usd")));
    assertEquals(201, bought.status(), bought::toString);
    plan = platform.get("/v1/customers/" + customer[0] + "/savingsPlans", shop.token).items().get(0);
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  private static JsonObject ids() {
    return new JsonObject().put("savingsPlanOrderId", plan.getString("savingsPlanOrderId")).put("savingsPlanId", plan.getString("id"));
  }

  private static String armId() {
    return "/providers/Microsoft.BillingBenefits/savingsPlanOrders/" + plan.getString("savingsPlanOrderId") + "/savingsPlans/"
        + plan.getString("id");
  }

  private JsonObject run(String operation, JsonObject arguments) {
    return sdk.run(SCRIPT, shop.token, operation, arguments);
  }

  @Test
  void readsTheSavingsPlanAndItsOrder() {
    JsonObject read = result(run("get", ids()));
    assertEquals(armId(), read.getString("id"));
    assertEquals(plan.getString("id"), read.getString("name"));
    assertEquals("Compute_Savings_Plan", read.getJsonObject("sku").getString("name"));
    assertEquals("Shared", read.getString("appliedScopeType"), "the client flattens properties");
    assertEquals("P1Y", read.getString("term"));
    assertEquals("Hourly", read.getJsonObject("commitment").getString("grain"));
    assertEquals(0.05, read.getJsonObject("commitment").getDouble("amount"), 1e-9);
    assertEquals("USD", read.getJsonObject("commitment").getString("currencyCode"));
    assertEquals("/subscriptions/" + customer[1], read.getString("billingScopeId"));

    JsonObject order = result(run("getOrder", new JsonObject().put("savingsPlanOrderId", plan.getString("savingsPlanOrderId"))
        .put("options", new JsonObject().put("expand", "schedule"))));
    assertEquals("/providers/Microsoft.BillingBenefits/savingsPlanOrders/" + plan.getString("savingsPlanOrderId"), order.getString("id"));
    assertEquals(List.of(armId()), order.getJsonArray("savingsPlans").getList());
    assertEquals(438.0, order.getJsonObject("planInformation").getJsonObject("pricingCurrencyTotal").getDouble("amount"), 0.001);

    assertEquals(List.of(armId()), results(run("list", new JsonObject().put("savingsPlanOrderId", plan.getString("savingsPlanOrderId"))))
        .stream().map(p -> ((JsonObject) p).getString("id")).toList());
    assertTrue(results(run("listAll", new JsonObject())).stream().anyMatch(p -> ((JsonObject) p).getString("id").equals(armId())));
    assertTrue(results(run("listOrders", new JsonObject())).stream().anyMatch(o -> ((JsonObject) o).getString("name")
        .equals(plan.getString("savingsPlanOrderId"))));
  }

  @Test
  void updatesAndValidatesAsTheClientSendsThem() {
    JsonObject valid = result(run("validateUpdate", ids().put("body", new JsonObject().put("benefits", new JsonArray()
        .add(new JsonObject().put("appliedScopeType", "Single").put("appliedScopeProperties", new JsonObject()
            .put("subscriptionId", "/subscriptions/" + customer[1])))
        .add(new JsonObject().put("appliedScopeType", "Single").put("appliedScopeProperties", new JsonObject()
            .put("subscriptionId", "/subscriptions/not-theirs")))
        .add(new JsonObject().put("displayName", "x".repeat(80)))))));
    JsonArray verdicts = valid.getJsonArray("benefits");
    assertEquals(true, verdicts.getJsonObject(0).getBoolean("valid"), valid::encode);
    assertEquals(false, verdicts.getJsonObject(1).getBoolean("valid"), valid::encode);
    assertEquals("InvalidAppliedScope", verdicts.getJsonObject(1).getString("reasonCode"));
    assertEquals(false, verdicts.getJsonObject(2).getBoolean("valid"));
    assertEquals("Shared", result(run("get", ids())).getString("appliedScopeType"), "validating changes nothing");

    JsonObject updated = result(run("update", ids().put("body", new JsonObject().put("properties", new JsonObject()
        .put("displayName", "compute-base").put("renew", true)))));
    assertEquals("compute-base", updated.getString("displayName"));
    assertEquals(true, updated.getBoolean("renew"));
    raised(run("update", ids().put("body", new JsonObject().put("properties", new JsonObject().put("appliedScopeType", "Everywhere")))), 400,
        "InvalidRequestContent");
  }

  /** A plan bought under an alias (the client's model flattened), validated first; the alias reads it again, once bought. */
  @Test
  void buysASavingsPlanUnderAnAlias() {
    String[] c = shop.newCustomer("arm-sdk-alias.example", "US");
    JsonObject purchase = new JsonObject().put("sku", new JsonObject().put("name", "Compute_Savings_Plan"))
        .put("displayName", "compute-sdk").put("billingScopeId", "/subscriptions/" + c[1]).put("term", "P1Y")
        .put("appliedScopeType", "Single").put("appliedScopeProperties", new JsonObject().put("subscriptionId", "/subscriptions/" + c[1]))
        .put("commitment", new JsonObject().put("grain", "Hourly").put("currencyCode", "USD").put("amount", 0.02));
    JsonArray verdicts = result(run("validatePurchase", new JsonObject().put("body", new JsonObject().put("benefits", new JsonArray()
        .add(purchase).add(purchase.copy().put("billingScopeId", "/subscriptions/someone-elses"))
        .add(purchase.copy().put("commitment", new JsonObject().put("grain", "Hourly").put("currencyCode", "USD").put("amount", 0.0001)))))))
        .getJsonArray("benefits");
    assertEquals(List.of(true, false, false), verdicts.stream().map(v -> ((JsonObject) v).getBoolean("valid")).toList(), verdicts::encode);
    assertEquals(0, platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().size(), "validating buys nothing");

    JsonObject alias = result(run("purchase", new JsonObject().put("alias", "compute-sdk-1").put("body", purchase)));
    assertEquals("/providers/Microsoft.BillingBenefits/savingsPlanOrderAliases/compute-sdk-1", alias.getString("id"));
    assertEquals("Succeeded", alias.getString("provisioningState"));
    String order = alias.getString("savingsPlanOrderId");
    assertTrue(order.startsWith("/providers/Microsoft.BillingBenefits/savingsPlanOrders/"), alias::encode);
    assertEquals(0.02, alias.getJsonObject("commitment").getDouble("amount"), 1e-9);
    List<JsonObject> plans = platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items();
    assertEquals(1, plans.size());
    assertEquals("compute-sdk", plans.get(0).getString("displayName"));
    assertEquals("Single", plans.get(0).getString("appliedScopeType"));
    assertEquals(order, "/providers/Microsoft.BillingBenefits/savingsPlanOrders/" + plans.get(0).getString("savingsPlanOrderId"));

    assertEquals(order, result(run("alias", new JsonObject().put("alias", "compute-sdk-1"))).getString("savingsPlanOrderId"));
    assertEquals(order, result(run("purchase", new JsonObject().put("alias", "compute-sdk-1").put("body", purchase)))
        .getString("savingsPlanOrderId"), "the same PUT again is the same plan");
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().size(), "bought once");
    raised(run("purchase", new JsonObject().put("alias", "compute-sdk-1").put("body", purchase.copy().put("term", "P3Y"))), 422,
        "UnprocessableEntity");
    raised(run("alias", new JsonObject().put("alias", "never-bought")), 404, "ResourceNotFound");
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    raised(sdk.run(SCRIPT, fabrikam, "alias", new JsonObject().put("alias", "compute-sdk-1")), 404, "ResourceNotFound");
    raised(sdk.run(SCRIPT, fabrikam, "purchase", new JsonObject().put("alias", "theirs").put("body", purchase)), 404, "ResourceNotFound");
    raised(run("purchase", new JsonObject().put("alias", "too-small").put("body", purchase.copy()
        .put("commitment", new JsonObject().put("grain", "Hourly").put("currencyCode", "USD").put("amount", 0.0001)))), 400, "BadRequest");
  }

  @Test
  void anotherPartnersPlanIsNotFound() {
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    raised(sdk.run(SCRIPT, fabrikam, "get", ids()), 404, "ResourceNotFound");
    raised(sdk.run(SCRIPT, fabrikam, "getOrder", new JsonObject().put("savingsPlanOrderId", plan.getString("savingsPlanOrderId"))), 404,
        "ResourceNotFound");
    raised(sdk.run(SCRIPT, fabrikam, "update", ids().put("body", new JsonObject().put("properties", new JsonObject().put("renew", false)))),
        404, "ResourceNotFound");
    assertTrue(results(sdk.run(SCRIPT, fabrikam, "listAll", new JsonObject())).stream()
        .noneMatch(p -> ((JsonObject) p).getString("id").equals(armId())));
  }
}
