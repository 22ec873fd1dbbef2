package dev.rvi.catalog.price;

import java.util.List;

/** A page of SKUs and how many the query matched in all. */
public record SkuPage(List<Sku> skus, long total) {}
