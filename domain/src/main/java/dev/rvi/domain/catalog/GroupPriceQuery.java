package dev.rvi.domain.catalog;

/** Prices of one flexibility group in one region and term, in one market. */
public record GroupPriceQuery(String country, String armRegionName, String series, Term term) {}
