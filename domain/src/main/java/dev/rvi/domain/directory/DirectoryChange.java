package dev.rvi.domain.directory;

/**
 * One row of the directory as it changed, for the services that keep a copy: the table, what happened
 * ({@code INSERT}, {@code UPDATE} or {@code DELETE}), the row as JSON text in the table's own column names, and when
 * (the directory database's clock in microseconds, then its outbox sequence). Batches may arrive out of order or
 * twice: a copy applies a change only if it is newer than the last one it applied to that row.
 */
public record DirectoryChange(String table, String op, String row, long at, long sequence) {}
