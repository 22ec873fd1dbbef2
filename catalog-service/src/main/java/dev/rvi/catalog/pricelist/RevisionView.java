package dev.rvi.catalog.pricelist;

import io.vertx.core.json.JsonObject;

/** One entry of a price list's history. */
public final class RevisionView {
  private RevisionView() {}

  public static JsonObject of(Revision r) {
    return new JsonObject()
        .put("version", r.version())
        .put("change", r.change())
        .put("changedAt", r.changedAt().toString())
        .put("changedBy", r.changedBy())
        .put("detail", r.detail())
        .put("priceList", r.snapshot())
        .put("attributes", new JsonObject().put("objectType", "PriceListRevision"));
  }
}
