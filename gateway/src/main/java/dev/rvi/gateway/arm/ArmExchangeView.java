package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An exchange as Microsoft.Capacity's operation results write it: the quote ({@code CalculateExchangeOperationResultResponse})
 * and the exchange carried out ({@code ExchangeOperationResultResponse}), each {@code {id, name, status, properties}} with
 * the session, the totals, what is returned and what is bought, from the order service's quote and result.
 */
public final class ArmExchangeView {
  private ArmExchangeView() {}

  public static String quoteId(String sessionId) {
    return "/providers/Microsoft.Capacity/calculateExchangeOperationResults/" + sessionId;
  }

  public static String resultId(String sessionId) {
    return "/providers/Microsoft.Capacity/exchangeOperationResults/" + sessionId;
  }

  public static JsonObject quote(JsonObject plan) {
    String session = plan.getString("sessionId");
    JsonArray purchases = new JsonArray();
    for (Object o : plan.getJsonArray("reservationsToPurchase", new JsonArray())) {
      JsonObject p = (JsonObject) o;
      purchases.add(new JsonObject().put("properties", purchase(p)).put("billingCurrencyTotal", money(p.getValue("amount"), currency(plan))));
    }
    return operation(quoteId(session), session, totals(plan)
        .put("reservationsToPurchase", purchases)
        .put("reservationsToExchange", returns(plan.getJsonArray("reservationsToExchange", new JsonArray()), currency(plan), null))
        .put("policyResult", new JsonObject().put("properties", new JsonObject()
            .put("policyErrors", errors(plan.getJsonObject("policyResult", new JsonObject()))))));
  }

  public static JsonObject result(JsonObject done) {
    String session = done.getString("sessionId");
    String currency = currency(done);
    JsonArray purchases = new JsonArray();
    JsonObject order = done.getJsonObject("order", new JsonObject());
    for (Object o : order.getJsonArray("lineItems", new JsonArray())) {
      JsonObject line = (JsonObject) o;
      purchases.add(new JsonObject().put("reservationOrderId", line.getString("reservationOrderId")).put("status", "Succeeded")
          .put("billingCurrencyTotal", money(line.getValue("subtotal"), line.getString("currencyCode", currency))));
    }
    return operation(resultId(session), session, totals(done)
        .put("reservationsToPurchase", purchases)
        .put("reservationsToExchange", returns(done.getJsonArray("returned", new JsonArray()), currency, "Succeeded"))
        .put("policyResult", new JsonObject().put("properties", new JsonObject().put("policyErrors", new JsonArray()))));
  }

  /** A trade-in quoted through calculateExchange: the reservations credited, and the savings plan the credit buys. */
  public static JsonObject tradeInQuote(JsonObject plan) {
    JsonObject newPlan = plan.getJsonObject("savingsPlan", new JsonObject());
    JsonObject purchase = savingsPlanPurchase(newPlan.getString("term"), newPlan.getString("billingPlan"), newPlan.getString("appliedScopeType"),
        newPlan.getString("subscriptionId"), newPlan.getString("displayName"), plan.getJsonObject("hourlyCommitment"));
    return tradeIn(quoteId(plan.getString("sessionId")), plan, price(plan.getJsonObject("netPayable")), new JsonObject().put("properties", purchase),
        plan.getJsonArray("reservationsToReturn", new JsonArray()), null);
  }

  /** A trade-in carried out through exchange: the plan bought, its order, and the reservations returned. */
  public static JsonObject tradeInResult(JsonObject done) {
    JsonObject plan = done.getJsonObject("savingsPlan", new JsonObject());
    JsonObject purchase = savingsPlanPurchase(plan.getString("term"), plan.getString("billingPlan"), plan.getString("appliedScopeType"),
        plan.getString("billingSubscriptionId"), plan.getString("displayName"), plan.getJsonObject("commitment"));
    JsonObject credit = price(done.getJsonObject("credit"));
    JsonObject bought = new JsonObject().put("savingsPlanOrderId", ArmSavingsPlanView.orderId(plan.getString("savingsPlanOrderId")))
        .put("savingsPlanId", ArmSavingsPlanView.id(plan.getString("savingsPlanOrderId"), plan.getString("id"))).put("properties", purchase)
        .put("status", "Succeeded");
    return tradeIn(resultId(done.getString("sessionId")), done, money(0, credit == null ? null : credit.getString("currencyCode")), bought,
        done.getJsonArray("returned", new JsonArray()), "Succeeded");
  }

  /** A trade-in's operation: the credit as the refunds, the plan's total commitment as the purchase. */
  private static JsonObject tradeIn(String id, JsonObject trade, JsonObject netPayable, JsonObject plan, JsonArray returned, String status) {
    String session = trade.getString("sessionId");
    JsonObject credit = price(trade.getJsonObject("credit"));
    JsonObject total = price(trade.getJsonObject("totalCommitment"));
    return operation(id, session, new JsonObject().put("sessionId", session)
        .put("netPayable", netPayable).put("refundsTotal", credit).put("purchasesTotal", total)
        .put("reservationsToPurchase", new JsonArray())
        .put("savingsPlansToPurchase", new JsonArray().add(plan.put("billingCurrencyTotal", total)))
        .put("reservationsToExchange", credits(returned, credit, status))
        .put("policyResult", new JsonObject().put("properties", new JsonObject().put("policyErrors", new JsonArray()))));
  }

  private static JsonObject savingsPlanPurchase(String term, String billingPlan, String scope, String subscription, String name,
                                                JsonObject hourly) {
    JsonObject properties = new JsonObject().put("displayName", name).put("term", term)
        .put("billingPlan", "Monthly".equals(billingPlan) ? "P1M" : billingPlan).put("appliedScopeType", scope)
        .put("commitment", hourly == null ? null : new JsonObject().put("grain", "Hourly").put("currencyCode", hourly.getString("currencyCode"))
            .put("amount", price(hourly).getValue("amount")));
    if (subscription != null) {
      properties.put("billingScopeId", "/subscriptions/" + subscription);
      if ("Single".equals(scope)) {
        properties.put("appliedScopeProperties", new JsonObject().put("subscriptionId", "/subscriptions/" + subscription));
      }
    }
    return new JsonObject().put("sku", new JsonObject().put("name", ArmSavingsPlanView.SKU)).put("properties", properties);
  }

  /** The reservations a trade-in returns, each with its credit (the quote's total credit shared in their order). */
  private static JsonArray credits(JsonArray returned, JsonObject total, String status) {
    JsonArray out = new JsonArray();
    for (Object o : returned) {
      JsonObject r = (JsonObject) o;
      JsonObject view = new JsonObject().put("reservationId", ArmReservationView.id(r.getString("reservationOrderId"), r.getString("reservationId")))
          .put("quantity", r.getInteger("quantity"))
          .put("billingRefundAmount", money(r.getValue("credit"), total == null ? null : total.getString("currencyCode")));
      out.add(status == null ? view : view.put("status", status));
    }
    return out;
  }

  /** The session and the totals, as the quote and the result both have them. */
  private static JsonObject totals(JsonObject exchange) {
    return new JsonObject().put("sessionId", exchange.getString("sessionId"))
        .put("netPayable", price(exchange.getJsonObject("netPayable")))
        .put("refundsTotal", price(exchange.getJsonObject("refundsTotal")))
        .put("purchasesTotal", price(exchange.getJsonObject("purchasesTotal")));
  }

  private static JsonObject operation(String id, String session, JsonObject properties) {
    return new JsonObject().put("id", id).put("name", session).put("status", "Succeeded").put("properties", properties);
  }

  private static String currency(JsonObject plan) {
    JsonObject total = plan.getJsonObject("refundsTotal");
    return total == null ? null : total.getString("currencyCode");
  }

  private static JsonObject purchase(JsonObject p) {
    JsonObject item = p.getJsonObject("item", new JsonObject());
    JsonObject properties = new JsonObject().put("reservedResourceType", "VirtualMachines").put("term", item.getString("term"))
        .put("quantity", p.getInteger("quantity")).put("billingPlan", p.getString("billingPlan", "Upfront"))
        .put("appliedScopeType", p.getString("scope"));
    if (p.getString("subscriptionId") != null) {
      properties.put("billingScopeId", "/subscriptions/" + p.getString("subscriptionId"));
    }
    return new JsonObject().put("sku", new JsonObject().put("name", item.getString("armSkuName"))).put("location", item.getString("armRegionName"))
        .put("properties", properties);
  }

  private static JsonArray returns(JsonArray returned, String currency, String status) {
    JsonArray out = new JsonArray();
    for (Object o : returned) {
      JsonObject r = (JsonObject) o;
      JsonObject view = new JsonObject().put("reservationId", ArmReservationView.id(r.getString("reservationOrderId"), r.getString("reservationId")))
          .put("quantity", r.getInteger("quantity")).put("billingRefundAmount", money(r.getValue("refundAmount"), currency));
      out.add(status == null ? view : view.put("status", status));
    }
    return out;
  }

  private static JsonArray errors(JsonObject policy) {
    JsonArray out = new JsonArray();
    for (Object o : policy.getJsonArray("policyErrors", new JsonArray())) {
      JsonObject e = (JsonObject) o;
      out.add(new JsonObject().put("code", e.getValue("code") == null ? null : String.valueOf(e.getValue("code")))
          .put("message", e.getString("description")));
    }
    return out;
  }

  private static JsonObject price(JsonObject money) {
    return money == null ? null : money(money.getValue("amount"), money.getString("currencyCode"));
  }

  private static JsonObject money(Object amount, String currency) {
    Object number = amount instanceof String text ? Double.valueOf(text) : amount instanceof Number n ? n.doubleValue() : null;
    return new JsonObject().put("currencyCode", currency).put("amount", number);
  }
}
