package dev.rvi.domain.pricing;

import java.math.BigDecimal;

/** A price set for one catalog item, whatever the owner's cost: it wins over every rule. {@code currency} is optional; given, it must be the list's. */
public record FixedPrice(String catalogItemId, BigDecimal price, String currency) {}
