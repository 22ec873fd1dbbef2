package dev.rvi.catalog.search;

/** A region the catalog sells in, in one market: its ARM name, its display name and its number of offers. */
public record SoldRegion(String name, String displayName, int offers) {}
