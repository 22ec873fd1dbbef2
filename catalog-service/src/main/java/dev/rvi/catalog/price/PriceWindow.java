package dev.rvi.catalog.price;

import java.time.Instant;

/**
 * When a snapshot of the prices in force holds: from the last moment a price started or ended at or before it was
 * read, until the next one (null: until further notice); {@code version} counts the sheets loaded by then.
 */
public record PriceWindow(Instant validFrom, Instant validUntil, long version) {}
