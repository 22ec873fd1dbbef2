package dev.rvi.app;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Items of a price sheet as the Azure Retail Prices API answers them. */
final class RetailPrices {
  private RetailPrices() {}

  /** A Linux PAYG price of a size in a region, with its savings-plan rates as the API nests them. */
  static JsonObject payg(String sku, String region, String product, double hourly, String start, double threeYears, double oneYear) {
    return new JsonObject().put("currencyCode", "USD").put("armSkuName", sku).put("armRegionName", region).put("type", "Consumption")
        .put("unitPrice", hourly).put("retailPrice", hourly).put("effectiveStartDate", start).put("serviceName", "Virtual Machines")
        .put("productName", product).put("unitOfMeasure", "1 Hour")
        .put("savingsPlan", new JsonArray().add(rate(threeYears, "3 Years")).add(rate(oneYear, "1 Year")));
  }

  /** Another type of price of the same size, region and date (a reservation, a savings-plan rate of its own). */
  static JsonObject like(JsonObject payg, String type, String termField, String term, double price) {
    JsonObject item = payg.copy().put("type", type).put(termField, term).put("unitPrice", price).put("retailPrice", price);
    item.remove("savingsPlan");
    return item;
  }

  static JsonObject rate(double price, String term) {
    return new JsonObject().put("unitPrice", price).put("retailPrice", price).put("term", term);
  }
}
