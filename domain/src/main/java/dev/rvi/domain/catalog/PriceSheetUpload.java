package dev.rvi.domain.catalog;

/** A price sheet to load: a name for the record (file name or "api") and the JSON text as received. */
public record PriceSheetUpload(String name, String content) {}
