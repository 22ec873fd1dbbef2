package dev.rvi.domain.catalog;

import java.util.Optional;

/** {@code "{productId}:{skuId}:{availabilityId}"}, as Partner Center writes a catalog item. */
public record CatalogItemId(String productId, String skuId, String availabilityId) {

  public static Optional<CatalogItemId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.split(":");
    if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new CatalogItemId(parts[0], parts[1], parts[2]));
  }

  @Override
  public String toString() {
    return productId + ":" + skuId + ":" + availabilityId;
  }
}
