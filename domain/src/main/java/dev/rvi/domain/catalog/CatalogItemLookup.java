package dev.rvi.domain.catalog;

import dev.rvi.domain.pricing.PricingTiers;
import java.time.Instant;

/**
 * Asks whether a catalog item can be sold in a market at a moment, and at what price; with {@code tiers}, also at what
 * price each tier below Microsoft sells it then (the price lists in force on that day).
 */
public record CatalogItemLookup(String catalogItemId, String country, Instant at, PricingTiers tiers) {
  public CatalogItemLookup(String catalogItemId, String country, Instant at) {
    this(catalogItemId, country, at, null);
  }
}
