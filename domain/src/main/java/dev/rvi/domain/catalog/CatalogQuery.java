package dev.rvi.domain.catalog;

/**
 * A product, SKU or availability read in one market; ids that are not needed are null. Lists page
 * with {@code size}/{@code offset}; {@code pageUri} is the request without its continuation token.
 */
public record CatalogQuery(String country, String targetView, String productId, String skuId, int size, int offset,
                           String pageUri) {

  public static CatalogQuery of(String country, String productId, String skuId) {
    return new CatalogQuery(country, null, productId, skuId, ReservedInstanceSearch.DEFAULT_SIZE, 0, null);
  }
}
