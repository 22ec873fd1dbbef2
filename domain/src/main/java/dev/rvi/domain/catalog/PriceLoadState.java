package dev.rvi.domain.catalog;

import java.time.Instant;

/**
 * A streamed price-sheet load as it stands: open (pages still coming), committed (its prices are in force,
 * under {@code priceSheetId}), abandoned or failed (nothing of it kept). {@code address} is where its pages
 * and its commit go: the catalog node holding it.
 */
public record PriceLoadState(long id, String name, String status, String address, int pages, int rowsRead, int rowsLoaded,
                             int rowsSkipped, int rowsRejected, Instant startedAt, Long priceSheetId) {}
