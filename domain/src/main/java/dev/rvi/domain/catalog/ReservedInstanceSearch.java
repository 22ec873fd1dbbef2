package dev.rvi.domain.catalog;

import dev.rvi.domain.pricing.PricingScope;
import java.util.List;

/**
 * The filtered list a front end shows at "find the reserved instances that meet the customer's
 * requirements". Empty lists and nulls mean "any". {@code pricing} names whose prices the caller sees (price lists),
 * {@code customerView} asks only the customer's price. {@code pageUri} is the request's own path and
 * query without its continuation token; the next page's link is built from it.
 */
public record ReservedInstanceSearch(
    String country,
    List<String> armRegionNames,
    List<String> series,
    List<String> armSkuNames,
    Term term,
    Integer minCores,
    Integer maxCores,
    String text,
    CatalogSort sort,
    int size,
    int offset,
    String pageUri,
    PricingScope pricing,
    boolean customerView) {

  public static final int MAX_SIZE = 1000;
  public static final int DEFAULT_SIZE = 100;

  public ReservedInstanceSearch {
    armRegionNames = armRegionNames == null ? List.of() : List.copyOf(armRegionNames);
    series = series == null ? List.of() : List.copyOf(series);
    armSkuNames = armSkuNames == null ? List.of() : List.copyOf(armSkuNames);
    sort = sort == null ? CatalogSort.NAME : sort;
    pricing = pricing == null ? PricingScope.NONE : pricing;
  }
}
