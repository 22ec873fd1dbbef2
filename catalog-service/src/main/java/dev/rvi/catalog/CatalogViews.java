package dev.rvi.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.catalog.search.IndexedPrice;
import dev.rvi.catalog.search.PriceIndex;
import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.paging.ContinuationToken;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Partner Center's shapes of products, SKUs, availabilities, and the flat reserved-instance list. */
final class CatalogViews {
  static final String SOFTWARE_NOTE =
      "The reservation price covers compute only; software costs such as Windows Server licences are not included.";
  private static final String TARGET_VIEW = "AzureReservationsVM";

  private CatalogViews() {}

  static JsonObject collection(JsonArray items, long totalCount, String nextUri) {
    JsonObject out = new JsonObject().put("totalCount", totalCount).put("items", items);
    JsonObject links = new JsonObject();
    if (nextUri != null) {
      links.put("next", new JsonObject().put("uri", nextUri).put("method", "GET"));
    }
    return out.put("links", links).put("attributes", new JsonObject().put("objectType", "Collection"));
  }

  static String nextUri(String pageUri, int offset, int returned, long total) {
    if (pageUri == null || offset + returned >= total || returned == 0) {
      return null;
    }
    return pageUri + (pageUri.contains("?") ? "&" : "?") + "continuationToken=" + ContinuationToken.encode(offset + returned);
  }

  static JsonObject product(Row row, String country) {
    String id = row.getString("product_id");
    String series = row.getString("series");
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
        .put("sizes", row.getLong("sizes"))
        .put("regions", row.getLong("regions"))
        .put("links", new JsonObject()
            .put("skus", link("/v1/products/" + id + "/skus?country=" + country))
            .put("self", link("/v1/products/" + id + "?country=" + country)))
        .put("attributes", new JsonObject().put("objectType", "Product"));
  }

  static JsonObject sku(Row row, String country, int maximumQuantity) {
    String productId = row.getString("product_id");
    String skuId = row.getString("sku_id");
    Term term = Term.valueOf(row.getString("term"));
    String armSku = row.getString("arm_sku_name");
    String regionDisplay = row.getString("region_display");
    JsonObject attributes = new JsonObject()
        .put("armSkuName", armSku)
        .put("armRegionName", row.getString("arm_region_name"))
        .put("region", regionDisplay)
        .put("cores", row.getInteger("cores"))
        .put("ram", row.getBigDecimal("memory_gib") == null ? null : Decimals.display(row.getBigDecimal("memory_gib")) + " GB")
        .put("category", "VirtualMachines")
        .put("duration", term == Term.P1Y ? "1Year" : "3Years")
        .put("term", term.name())
        .put("instanceFlexibilityGroup", row.getString("series"))
        .put("instanceFlexibilityRatio", row.getBigDecimal("flex_ratio") == null ? null : row.getBigDecimal("flex_ratio").stripTrailingZeros().toPlainString());
    return new JsonObject()
        .put("id", skuId)
        .put("productId", productId)
        .put("title", armSku + " " + regionDisplay + " " + term.description())
        .put("description", "Reserved VM Instance " + armSku + " in " + regionDisplay + ", " + term.description()
            + " (paid upfront). " + SOFTWARE_NOTE)
        .put("minimumQuantity", 1)
        .put("maximumQuantity", maximumQuantity)
        .put("isTrial", false)
        .put("supportedBillingCycles", new JsonArray().add("one_time").add("monthly"))
        .put("billingPlans", billingPlans())
        .put("purchasePrerequisites", new JsonArray().add("AzureSubscriptionRegistration").add("InventoryCheck"))
        .put("inventoryVariables", new JsonArray().add("CustomerId").add("AzureSubscriptionId").add("ArmRegionName"))
        .put("provisioningVariables", new JsonArray().add("Scope").add("SubscriptionId").add("Duration"))
        .put("dynamicAttributes", attributes)
        .put("links", new JsonObject()
            .put("availabilities", link("/v1/products/" + productId + "/skus/" + skuId + "/availabilities?country=" + country))
            .put("self", link("/v1/products/" + productId + "/skus/" + skuId + "?country=" + country)))
        .put("attributes", new JsonObject().put("objectType", "Sku"));
  }

  static JsonObject availability(Row row, Market market) {
    String productId = row.getString("product_id");
    String skuId = row.getString("sku_id");
    Term term = Term.valueOf(row.getString("term"));
    String availabilityId = CatalogIds.availability(skuId, market.currency());
    return new JsonObject()
        .put("id", availabilityId)
        .put("productId", productId)
        .put("skuId", skuId)
        .put("catalogItemId", productId + ":" + skuId + ":" + availabilityId)
        .put("country", market.country())
        .put("defaultCurrency", market.currency())
        .put("segment", "commercial")
        .put("isPurchasable", market.offerAvailable())
        .put("terms", new JsonArray().add(new JsonObject().put("duration", term.name()).put("description", term.description())
            .put("billingPlans", billingPlans())))
        .put("unitPrice", Decimals.display(row.getBigDecimal("unit_price")))
        .put("currencyCode", market.currency())
        .put("softwareCostsIncluded", false)
        .put("attributes", new JsonObject().put("objectType", "Availability"));
  }

  /** The hot path: written straight to text with Jackson's generator, no intermediate tree. */
  static String reservedInstances(PriceIndex.Page page, Market market, int offset, String pageUri) {
    StringWriter out = new StringWriter(256 + page.items().size() * 420);
    try (JsonGenerator g = Jsons.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("items");
      for (IndexedPrice price : page.items()) {
        writeReservedInstance(g, price, market);
      }
      g.writeEndArray();
      g.writeNumberField("totalCount", page.total());
      g.writeObjectFieldStart("links");
      String next = nextUri(pageUri, offset, page.items().size(), page.total());
      if (next != null) {
        g.writeObjectFieldStart("next");
        g.writeStringField("uri", next);
        g.writeStringField("method", "GET");
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("attributes");
      g.writeStringField("objectType", "Collection");
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeReservedInstance(JsonGenerator g, IndexedPrice p, Market market) throws IOException {
    Term term = p.term();
    BigDecimal unitPrice = p.unitPrice();
    BigDecimal hourly = p.paygHourly();
    g.writeStartObject();
    g.writeStringField("catalogItemId", p.productId() + ":" + p.skuId() + ":" + CatalogIds.availability(p.skuId(), market.currency()));
    g.writeStringField("productId", p.productId());
    g.writeStringField("skuId", p.skuId());
    g.writeStringField("armSkuName", p.armSkuName());
    g.writeStringField("armRegionName", p.armRegionName());
    g.writeStringField("series", p.series());
    if (p.cores() != null) {
      g.writeNumberField("cores", p.cores());
    } else {
      g.writeNullField("cores");
    }
    g.writeStringField("term", term.name());
    g.writeStringField("currencyCode", market.currency());
    g.writeNumberField("unitPrice", Decimals.display(unitPrice));
    // Without a pay-as-you-go price in the sheet there is nothing to compare: both are null, not left out.
    BigDecimal payg = hourly == null ? null : Decimals.cents(hourly.multiply(BigDecimal.valueOf(term.hours())));
    if (payg != null) {
      g.writeNumberField("payAsYouGoPrice", payg);
    } else {
      g.writeNullField("payAsYouGoPrice");
    }
    if (payg != null && payg.signum() > 0) {
      g.writeNumberField("savingsPercent", payg.subtract(unitPrice).multiply(BigDecimal.valueOf(100)).divide(payg, 2, RoundingMode.HALF_UP));
    } else {
      g.writeNullField("savingsPercent");
    }
    g.writeBooleanField("isPurchasable", market.offerAvailable());
    g.writeBooleanField("softwareCostsIncluded", false);
    g.writeEndObject();
  }

  /** The same item from the in-memory index. */
  static CatalogItem catalogItem(IndexedPrice p, Market market) {
    return new CatalogItem(p.productId() + ":" + p.skuId() + ":" + CatalogIds.availability(p.skuId(), market.currency()), p.productId(),
        p.skuId(), p.armSkuName(), p.armRegionName(), p.regionDisplay(), p.series(), p.flexRatio(), p.term(),
        Decimals.display(p.unitPrice()), market.currency(), market.offerAvailable(), market.country());
  }

  static CatalogItem catalogItem(Row row, Market market) {
    String skuId = row.getString("sku_id");
    return new CatalogItem(row.getString("product_id") + ":" + skuId + ":" + CatalogIds.availability(skuId, market.currency()),
        row.getString("product_id"), skuId, row.getString("arm_sku_name"), row.getString("arm_region_name"),
        row.getString("region_display"), row.getString("series"), row.getBigDecimal("flex_ratio"), Term.valueOf(row.getString("term")),
        Decimals.display(row.getBigDecimal("unit_price")), market.currency(), market.offerAvailable(), market.country());
  }

  /** Every VM reservation term may be paid upfront or monthly (the same total). */
  private static JsonArray billingPlans() {
    JsonArray plans = new JsonArray();
    for (BillingPlan plan : BillingPlan.values()) {
      plans.add(plan.name());
    }
    return plans;
  }

  static JsonObject link(String uri) {
    return new JsonObject().put("uri", uri).put("method", "GET");
  }

  /** A restriction as Partner Center writes one: its reason, and the property that causes it with its values. */
  static JsonObject restriction(String reasonCode, String description, String propertyType, String value) {
    return new JsonObject().put("reasonCode", reasonCode).put("description", description)
        .put("properties", new JsonArray().add(new JsonObject().put("type", propertyType).put("values", new JsonArray().add(value))));
  }

  static JsonObject inventoryItem(String productId, String skuId, List<JsonObject> restrictions) {
    return new JsonObject().put("productId", productId).put("skuId", skuId)
        .put("isRestricted", !restrictions.isEmpty()).put("restrictions", new JsonArray(List.copyOf(restrictions)));
  }
}
