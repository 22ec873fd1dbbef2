package dev.rvi.domain.directory;

/**
 * One row of the directory as it changed, for the services that keep a copy: the table, what happened
 * ({@code INSERT}, {@code UPDATE} or {@code DELETE}) and the row as JSON text in the table's own column names.
 */
public record DirectoryChange(String table, String op, String row) {}
