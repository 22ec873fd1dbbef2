package dev.rvi.domain.pricing;

/** One of the caller's partner's price lists. */
public record PriceListRef(String priceListId) {}
