package dev.rvi.domain.catalog;

/** One price-sheet load. */
public record PriceLoadRef(long loadId) {}
