package dev.rvi.domain.pricing;

/** A page of the caller's partner's price lists. */
public record PriceListQuery(int size, int offset, String pageUri) {}
