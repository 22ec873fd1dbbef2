package dev.rvi.domain.catalog;

import java.util.List;

/** What a price-sheet load did: rows read, loaded, skipped (not VM reservation data) and rejected. */
public record PriceSheetReport(
    long priceSheetId, String name, int rowsRead, int rowsLoaded, int rowsSkipped, int rowsRejected,
    List<RowProblem> rejected, List<RowProblem> skipped) {

  /** One row that was not loaded: its index in {@code Items} (from 0) and why. */
  public record RowProblem(int row, String armSkuName, String reason) {}
}
