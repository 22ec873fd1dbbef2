package dev.rvi.domain.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Orders of the reserved-instance list, by their query-string spelling. */
public enum CatalogSort {
  NAME("name"), PRICE("price"), PRICE_DESC("-price"), SAVINGS("savings"), CORES("cores"), REGION("region");

  private final String spelling;

  CatalogSort(String spelling) {
    this.spelling = spelling;
  }

  public String spelling() {
    return spelling;
  }

  public static Optional<CatalogSort> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.spelling.equalsIgnoreCase(text)).findFirst();
  }
}
