package dev.rvi.catalog.product;

import dev.rvi.catalog.price.Product;
import io.vertx.core.json.JsonObject;

/** A {@link Product} in Partner Center's product shape, as read in one country. */
public final class ProductView {
  static final String SOFTWARE_NOTE =
      "The reservation price covers compute only; software costs such as Windows Server licences are not included.";
  private static final String TARGET_VIEW = "AzureReservationsVM";

  private ProductView() {}

  public static JsonObject of(Product p, String country) {
    String id = p.productId();
    String series = p.series();
    return new JsonObject()
        .put("id", id)
        .put("title", "Reserved VM Instance, " + series)
        .put("description", "Azure Reserved Virtual Machine Instances of the " + series
            + " (instance size flexibility group), one or three years paid upfront. " + SOFTWARE_NOTE)
        .put("productType", new JsonObject().put("id", "Azure").put("displayName", "Azure")
            .put("subType", new JsonObject().put("id", TARGET_VIEW).put("displayName", "Virtual Machines")))
        .put("isMicrosoftProduct", true)
        .put("publisherName", "Microsoft Corporation")
        .put("series", series)
        .put("sizes", p.sizes())
        .put("regions", p.regions())
        .put("links", new JsonObject()
            .put("skus", Links.get("/v1/products/" + id + "/skus?country=" + country))
            .put("self", Links.get("/v1/products/" + id + "?country=" + country)))
        .put("attributes", new JsonObject().put("objectType", "Product"));
  }
}
