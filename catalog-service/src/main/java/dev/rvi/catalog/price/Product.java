package dev.rvi.catalog.price;

/** A product: one instance size flexibility group (series), with how many sizes and regions its prices in force cover. */
public record Product(String productId, String series, long sizes, long regions) {}
