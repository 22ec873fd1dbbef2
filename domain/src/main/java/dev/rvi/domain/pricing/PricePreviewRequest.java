package dev.rvi.domain.pricing;

/**
 * What a draft list would do to the catalog of a market, for whom it would price ({@code resellerId} or
 * {@code customerId} in the scope, or the default): a page of items, or only those whose margin would be negative, or only those whose price would change.
 */
public record PricePreviewRequest(String country, PricingScope scope, PriceListBody draft, boolean negativeOnly, boolean changedOnly, int size, int offset,
                                  String pageUri) {}
