package dev.rvi.catalog.pricelist;

import io.vertx.core.json.JsonObject;

/** An assignment: for whom the list is in force, and from when until when. */
public final class AssignmentView {
  private AssignmentView() {}

  public static JsonObject of(Assignment a) {
    return new JsonObject()
        .put("id", a.id())
        .put("priceListId", a.listId())
        .put("assignee", a.assigneeKind())
        .put("resellerId", Assignment.RESELLER.equals(a.assigneeKind()) ? a.assigneeId() : null)
        .put("customerId", Assignment.CUSTOMER.equals(a.assigneeKind()) ? a.assigneeId() : null)
        .put("currency", a.currency())
        .put("effectiveFrom", a.effectiveFrom().toString())
        .put("effectiveTo", a.effectiveTo() == null ? null : a.effectiveTo().toString())
        .put("createdAt", a.createdAt().toString())
        .put("createdBy", a.createdBy())
        .put("attributes", new JsonObject().put("objectType", "PriceListAssignment"));
  }
}
