package dev.rvi.directory.partner;

import io.vertx.core.json.JsonObject;

/** A {@link Partner} as its own staff read it: Partner Center's organization profile, with the MPN id and how it sells. */
final class OrganizationProfileView {
  private OrganizationProfileView() {}

  static JsonObject of(Partner p) {
    return new JsonObject()
        .put("id", p.id())
        .put("tenantId", p.id())
        .put("companyName", p.name())
        .put("mpnId", p.mpnId())
        .put("partnerType", p.type().name())
        .put("defaultAddress", new JsonObject().put("country", p.country()))
        .put("links", new JsonObject().put("self", new JsonObject().put("uri", "/profiles/organization").put("method", "GET")))
        .put("attributes", new JsonObject().put("objectType", "OrganizationProfile"));
  }
}
