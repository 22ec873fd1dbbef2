package dev.rvi.domain.billing;

/** A statement's lines as the CSV file a partner downloads. */
public record StatementFile(String csv) {}
