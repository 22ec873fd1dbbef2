package dev.rvi.directory.partner;

import io.vertx.core.json.JsonObject;

/** A {@link Relationship} in Partner Center's partner-relationship shape, of the type it was asked as. */
final class RelationshipView {
  private RelationshipView() {}

  static JsonObject of(Relationship r, String relationshipType) {
    return new JsonObject().put("id", r.id()).put("name", r.name())
        .put("mpnId", r.mpnId()).put("country", r.country())
        .put("relationshipType", relationshipType)
        .put("customerCount", r.customers())
        .put("linkedAt", r.linkedAt().toInstant().toString())
        .put("attributes", new JsonObject().put("objectType", "PartnerRelationship"));
  }
}
