package dev.rvi.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The price lists of {@code bench/price-lists.sh}, through the API: the indirect provider's default list for its
 * resellers (a blanket markup, rules by region, series, term and product kind, and fixed prices for a few hundred
 * items, among them the first pages the bench searches) and its reseller's default list for its customers (its own
 * rules and fixed prices). Every price is above the tier's cost, so no list needs {@code allowNegativeMargin}.
 * <pre>
 * java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.PriceListSetup base provider-token reseller-token create fixed-count
 * ... assign provider-list reseller-list     (both in force from today, by default)
 * ... unassign provider-list reseller-list   (every assignment of both ended: nobody has a list in force)
 * </pre>
 * Prints key=value lines for the script.
 */
public final class PriceListSetup {
  private static final String SEARCH = "/v1/reservedInstances?country=US";

  private PriceListSetup() {}

  public static void main(String[] args) {
    BenchApi provider = new BenchApi(args[0], args[1]);
    BenchApi reseller = new BenchApi(args[0], args[2]);
    switch (args[3]) {
      case "create" -> create(provider, reseller, Integer.parseInt(args[4]));
      case "assign" -> {
        assign(provider, args[4]);
        assign(reseller, args[5]);
      }
      case "unassign" -> {
        unassign(provider, args[4]);
        unassign(reseller, args[5]);
      }
      default -> throw new IllegalArgumentException("create, assign or unassign: " + args[3]);
    }
  }

  private static void create(BenchApi provider, BenchApi reseller, int fixedCount) {
    // The items the bench's shapes answer first, then eastus's and westeurope's until there are enough.
    Map<String, JsonObject> items = new LinkedHashMap<>();
    for (String query : List.of("&size=20", "&armRegionName=eastus&term=P1Y&minCores=4&sort=price&size=20", "&q=d4s&size=20",
        "&sort=savings&size=20", "&armRegionName=eastus&size=1000", "&armRegionName=westeurope&size=1000")) {
      for (Object o : provider.call("GET", SEARCH + query, null, null).getJsonArray("items")) {
        JsonObject item = (JsonObject) o;
        items.putIfAbsent(item.getString("catalogItemId"), item);
      }
    }
    List<JsonObject> chosen = new ArrayList<>(items.values()).subList(0, Math.min(fixedCount, items.size()));
    String series = chosen.get(0).getString("series");
    String otherSeries = chosen.stream().map(i -> i.getString("series")).filter(s -> !s.equals(series)).findFirst().orElse(series);

    JsonArray providerRules = new JsonArray()
        .add(rule("8", null, null, null, null))
        .add(rule("6", null, null, "eastus", null))
        .add(rule("5", null, null, "westeurope", null))
        .add(rule("10", null, series, null, null))
        .add(rule("4", null, series, "eastus", "P1Y"))
        .add(rule("7", null, null, null, "P3Y"))
        .add(rule("3", "savingsPlan", null, null, null))
        .add(rule("9", "reservation", otherSeries, "westus2", "P3Y"));
    JsonObject providerList = provider.call("POST", "/v1/priceLists", body("Resellers (bench)", providerRules, fixed(chosen, "1.25")).encode(), null);

    JsonArray resellerRules = new JsonArray()
        .add(rule("15", null, null, null, null))
        .add(rule("12", null, null, "eastus", null))
        .add(rule("20", null, otherSeries, null, null))
        .add(rule("18", null, null, null, "P3Y"))
        .add(rule("11", "reservation", series, "eastus", "P1Y"));
    JsonObject resellerList = reseller.call("POST", "/v1/priceLists",
        body("Customers (bench)", resellerRules, fixed(chosen.subList(0, Math.min(100, chosen.size())), "2.00")).encode(), null);
    System.out.println("PROVIDER_LIST=" + providerList.getString("id"));
    System.out.println("RESELLER_LIST=" + resellerList.getString("id"));
    System.out.println("PROVIDER_RULES=" + providerRules.size());
    System.out.println("PROVIDER_FIXED=" + chosen.size());
    System.out.println("RESELLER_RULES=" + resellerRules.size());
    System.out.println("RESELLER_FIXED=" + Math.min(100, chosen.size()));
  }

  private static JsonObject rule(String percent, String productKind, String series, String region, String term) {
    return new JsonObject().put("percent", new BigDecimal(percent)).put("productKind", productKind).put("series", series)
        .put("armRegionName", region).put("term", term);
  }

  private static JsonObject body(String name, JsonArray rules, JsonArray fixed) {
    return new JsonObject().put("name", name).put("currency", "USD").put("rules", rules).put("fixedPrices", fixed);
  }

  /** Above the cost both ways: a fixed price prices the item's reservation and its savings plan over the term. */
  private static JsonArray fixed(List<JsonObject> items, String factor) {
    JsonArray out = new JsonArray();
    for (JsonObject item : items) {
      BigDecimal highest = new BigDecimal(item.getValue("unitPrice").toString());
      JsonObject plan = item.getJsonObject("savingsPlan");
      if (plan != null) {
        highest = highest.max(new BigDecimal(plan.getValue("price").toString()));
      }
      out.add(new JsonObject().put("catalogItemId", item.getString("catalogItemId"))
          .put("price", highest.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.CEILING).toPlainString()));
    }
    return out;
  }

  private static void assign(BenchApi api, String listId) {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    api.call("POST", "/v1/priceLists/" + listId + "/assignments", new JsonObject().put("effectiveFrom", today).encode(), null);
  }

  private static void unassign(BenchApi api, String listId) {
    for (Object o : api.call("GET", "/v1/priceLists/" + listId, null, null).getJsonArray("assignments")) {
      api.call("DELETE", "/v1/priceLists/" + listId + "/assignments/" + ((JsonObject) o).getString("id"), null, null);
    }
  }
}
