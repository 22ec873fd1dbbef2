package dev.rvi.domain.catalog;

import java.time.Instant;

/** Asks whether a catalog item can be sold in a market at a moment, and at what price. */
public record CatalogItemLookup(String catalogItemId, String country, Instant at) {}
