package dev.rvi.catalog;

import dev.rvi.domain.service.ServiceSettings;

/** The catalog's numbers that are policy, not code: its part of the {@link ServiceSettings}. */
public record CatalogConfig(int maximumQuantity, int poolSize) {
  private static final int POOL_SIZE = 8;

  public static CatalogConfig of(ServiceSettings settings) {
    return new CatalogConfig(settings.maximumQuantity(), POOL_SIZE);
  }
}
