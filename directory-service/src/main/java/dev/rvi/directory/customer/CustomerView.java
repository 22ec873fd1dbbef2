package dev.rvi.directory.customer;

import io.vertx.core.json.JsonObject;

/** A {@link Customer} in Partner Center's customer shape. */
final class CustomerView {
  private CustomerView() {}

  static JsonObject of(Customer c) {
    JsonObject address = new JsonObject().put("country", c.country()).put("city", c.city())
        .put("addressLine1", c.addressLine1()).put("postalCode", c.postalCode());
    return new JsonObject()
        .put("id", c.id())
        .put("companyProfile", new JsonObject().put("tenantId", c.id()).put("domain", c.domain()).put("companyName", c.companyName()))
        .put("billingProfile", new JsonObject().put("companyName", c.companyName()).put("email", c.email())
            .put("culture", c.culture()).put("language", c.language()).put("defaultAddress", address))
        .put("associatedPartnerId", c.associatedPartnerId())
        .put("relationshipToPartner", c.associatedPartnerId() == null ? "none" : "reseller")
        .put("createdAt", c.createdAt().toInstant().toString())
        .put("attributes", new JsonObject().put("objectType", "Customer"));
  }
}
