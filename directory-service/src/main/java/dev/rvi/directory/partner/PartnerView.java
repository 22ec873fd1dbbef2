package dev.rvi.directory.partner;

import dev.rvi.domain.partner.PartnerType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A {@link Partner} as the operator sees it; an indirect provider's with its resellers. */
final class PartnerView {
  private PartnerView() {}

  static JsonObject of(Partner p) {
    JsonObject out = new JsonObject()
        .put("id", p.id())
        .put("name", p.name())
        .put("mpnId", p.mpnId())
        .put("type", p.type().name())
        .put("country", p.country())
        .put("createdAt", p.createdAt().toInstant().toString());
    if (p.type() == PartnerType.indirectProvider) {
      out.put("resellers", new JsonArray(p.resellers()));
    }
    return out.put("attributes", new JsonObject().put("objectType", "Partner"));
  }
}
