package dev.rvi.support;

import dev.rvi.domain.directory.Names;
import dev.rvi.domain.json.Jsons;
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

  static JsonObject withHistory(SupportRequest r, List<SupportEvent> history) {
    JsonArray lines = new JsonArray();
    for (SupportEvent e : history) {
      lines.add(new JsonObject().put("id", e.id()).put("at", e.at().toInstant().toString()).put("actor", e.actor())
          .put("actorType", e.actorType()).put("kind", e.kind()).put("visibility", e.visibility()).put("detail", new JsonObject(e.detail())));
    }
    return of(r).put("history", lines);
  }
}
