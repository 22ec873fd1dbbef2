package dev.rvi.domain.pricing;

/** Create (no id) or change a price list of the caller's partner. */
public record PriceListWrite(String priceListId, PriceListBody body) {}
