package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The catalog as Microsoft.Capacity lists it ({@code Catalog}): one entry per VM size and region, with its terms, the
 * billing plans of each, its properties, and its price for each term ({@code msrp}, at the caller's cost), from the
 * catalog's reserved instances in the customer's market.
 */
public final class ArmCatalogView {
  private ArmCatalogView() {}

  public static JsonArray of(JsonArray reservedInstances) {
    Map<String, JsonObject> entries = new LinkedHashMap<>();
    for (Object o : reservedInstances) {
      JsonObject item = (JsonObject) o;
      String size = item.getString("armSkuName");
      String region = item.getString("armRegionName");
      JsonObject entry = entries.computeIfAbsent(size + "|" + region, k -> entry(item));
      String term = item.getString("term");
      entry.getJsonArray("terms").add(term);
      entry.getJsonObject("billingPlans").put(term, new JsonArray().add("Upfront").add("Monthly"));
      entry.getJsonObject("msrp").put(term.equals("P3Y") ? "p3Y" : "p1Y", new JsonObject().put("currencyCode", item.getString("currencyCode"))
          .put("amount", ((Number) item.getValue("unitPrice")).doubleValue()));
    }
    return new JsonArray(new ArrayList<>(entries.values()));
  }

  private static JsonObject entry(JsonObject item) {
    String size = item.getString("armSkuName");
    JsonArray properties = new JsonArray();
    if (item.getValue("cores") != null) {
      properties.add(new JsonObject().put("name", "vCPUs").put("value", String.valueOf(item.getValue("cores"))));
    }
    if (item.getString("series") != null) {
      properties.add(new JsonObject().put("name", "InstanceFlexibilityGroup").put("value", item.getString("series")));
    }
    return new JsonObject()
        .put("resourceType", "virtualMachines")
        .put("name", size)
        .put("billingPlans", new JsonObject())
        .put("terms", new JsonArray())
        .put("locations", new JsonArray().add(item.getString("armRegionName")))
        .put("skuProperties", properties)
        .put("msrp", new JsonObject())
        .put("restrictions", new JsonArray())
        .put("tier", size.startsWith("Standard_") ? "Standard" : null)
        .put("size", size.startsWith("Standard_") ? size.substring("Standard_".length()) : size);
  }
}
