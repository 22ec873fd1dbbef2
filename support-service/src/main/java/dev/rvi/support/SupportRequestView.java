package dev.rvi.support;

import dev.rvi.domain.directory.Names;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.money.Money;
import dev.rvi.domain.support.SupportQuote;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A {@link SupportRequest} as partners and agents see it, alone or with its history. Absent values are written as nulls. */
final class SupportRequestView {
  private SupportRequestView() {}

  static JsonObject of(SupportRequest r) {
    return new JsonObject()
        .put("id", r.id())
        .put("partnerId", r.partnerId())
        .put("customerId", r.customerId())
        .put("issueType", r.issueType())
        .put("problemType", r.problemType())
        .put("category", r.category())
        .put("reservationId", r.reservationId())
        .put("reservationOrderId", r.reservationOrderId())
        .put("subscriptionId", r.subscriptionId())
        .put("requestedAction", r.requestedAction())
        .put("quantity", r.quantity())
        .put("exchangeTarget", r.exchangeTarget() == null ? null : new JsonArray(Jsons.encode(r.exchangeTarget())))
        .put("tradeInTarget", r.tradeInTarget() == null ? null : Jsons.toJson(r.tradeInTarget()))
        .put("contact", Jsons.toJson(r.contact()))
        .put("description", r.description())
        .put("status", r.status())
        .put("assignedTo", r.assignedTo())
        .put("policyError", r.policyError())
        .put("result", r.result() == null ? null : new JsonObject(r.result()))
        .put("createdBy", r.createdBy())
        .put("createdDate", r.createdAt().toInstant().toString())
        .put("lastUpdatedDate", r.updatedAt() == null ? null : r.updatedAt().toInstant().toString())
        .put("attributes", new JsonObject().put("objectType", "SupportRequest"));
  }

  /** A request in the support agents' screens: with its partner's and its customer's names beside their ids (null when unknown). */
  static JsonObject named(JsonObject view, SupportRequest r, Names names) {
    return view.put("partnerName", names.partner(r.partnerId())).put("customerName", names.customer(r.customerId()));
  }

  /**
   * An open request's current quote ({@code quote}: the refund amount and fee, or the credit and the new purchase's price,
   * with what approval would be refused for), or null with {@code quoteAbsent} saying why.
   */
  static JsonObject quoted(JsonObject view, SupportRequests.Quoted quoted) {
    SupportQuote q = quoted.quote();
    JsonObject quote = q == null ? null : new JsonObject().put("requestedAction", q.requestedAction()).put("quantity", q.quantity())
        .put("refundAmount", money(q.refundAmount())).put("fee", money(q.fee())).put("credit", money(q.credit()))
        .put("newPurchasePrice", money(q.newPurchasePrice())).put("policyErrors", new JsonArray(q.policyErrors()));
    return view.put("quote", quote).put("quoteAbsent", quoted.absent());
  }

  /** Azure's amount shape, {@code {"currencyCode", "amount"}}, as the partner's calculations write it; null for none. */
  private static JsonObject money(Money m) {
    return m == null ? null : new JsonObject().put("currencyCode", m.currencyCode()).put("amount", m.amount());
  }

  static JsonObject withHistory(SupportRequest r, List<SupportEvent> history) {
    JsonArray lines = new JsonArray();
    for (SupportEvent e : history) {
      lines.add(new JsonObject().put("id", e.id()).put("at", e.at().toInstant().toString()).put("actor", e.actor())
          .put("actorType", e.actorType()).put("kind", e.kind()).put("visibility", e.visibility()).put("detail", new JsonObject(e.detail())));
    }
    return of(r).put("history", lines);
  }
}
