package dev.rvi.catalog.product;

import dev.rvi.domain.catalog.SavingsPlanProduct;
import io.vertx.core.json.JsonObject;

/** The savings plan for compute in Partner Center's product shape, as read in one country. */
public final class SavingsPlanProductView {
  private SavingsPlanProductView() {}

  public static JsonObject of(String country) {
    String id = SavingsPlanProduct.PRODUCT_ID;
    return new JsonObject()
        .put("id", id)
        .put("title", "Azure savings plan")
        .put("description", "Azure savings plan for compute: a fixed hourly amount committed for one or three years, paid upfront "
            + "or monthly, which buys compute at lower rates than pay-as-you-go across VM sizes and regions. The rates cover compute "
            + "only; software costs such as Windows Server licences are not included.")
        .put("productType", new JsonObject().put("id", "Azure").put("displayName", "Azure")
            .put("subType", new JsonObject().put("id", "SavingsPlan").put("displayName", "SavingsPlan")))
        .put("isMicrosoftProduct", true)
        .put("publisherName", "Microsoft Corporation")
        .put("links", new JsonObject()
            .put("skus", Links.get("/v1/products/" + id + "/skus?country=" + country))
            .put("self", Links.get("/v1/products/" + id + "?country=" + country)))
        .put("attributes", new JsonObject().put("objectType", "Product"));
  }
}
