package dev.rvi.billing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A statement as a partner reads it: issued (the caller billed its reseller or customer) or received (the caller's
 * provider billed it), its totals and, for one statement, its lines with the charge each comes from.
 */
final class StatementView {
  private StatementView() {}

  static JsonObject summary(StatementSummary s, String callerId) {
    StatementId id = s.id();
    return new JsonObject()
        .put("id", id.id())
        .put("month", id.month().toString())
        .put("currency", id.currency())
        .put("side", id.sellerId().equals(callerId) ? "issued" : "received")
        .put("level", s.level())
        .put("seller", new JsonObject().put("id", id.sellerId()))
        .put("buyer", new JsonObject().put("id", id.buyerId()).put("kind", s.toCustomer() ? "customer" : "reseller")
            .put("name", s.buyerName()).put("mpnId", s.buyerMpnId()))
        .put("oneTime", s.oneTime())
        .put("monthly", s.monthly())
        .put("credits", s.credits())
        .put("total", s.total())
        .put("lineCount", s.lines())
        .put("links", new JsonObject()
            .put("self", link("/v1/statements/" + id.id()))
            .put("csv", link("/v1/statements/" + id.id() + "/csv")));
  }

  static JsonObject of(Statement statement, String callerId) {
    JsonArray lines = new JsonArray();
    statement.lines().forEach(l -> lines.add(line(l)));
    return summary(statement.summary(), callerId).put("lines", lines);
  }

  private static JsonObject line(TierCharge l) {
    Charge c = l.charge();
    return new JsonObject()
        .put("chargeId", c.id())
        .put("date", l.dated().toString())
        .put("category", l.category())
        .put("chargeType", c.chargeType())
        .put("productKind", l.productKind())
        .put("series", l.series())
        .put("billingPlan", l.billingPlan())
        .put("orderId", c.orderId())
        .put("reservationOrderId", c.reservationOrderId())
        .put("customerId", c.customerId())
        .put("customerName", c.customerName())
        .put("productId", c.productId())
        .put("skuId", c.skuId())
        .put("skuName", c.skuName())
        .put("description", c.friendlyName())
        .put("quantity", c.quantity())
        .put("chargeStart", c.chargeStart().toString())
        .put("chargeEnd", c.chargeEnd().toString())
        .put("amount", l.amount());
  }

  private static JsonObject link(String uri) {
    return new JsonObject().put("method", "GET").put("uri", uri);
  }
}
