package dev.rvi.domain.catalog;

/** Opens a price-sheet load, named for the record (a file name, or what the operator gave). */
public record PriceLoadOpen(String name) {}
