package dev.rvi.domain.pricing;

import java.time.LocalDate;

/**
 * Puts a price list in force for one reseller (an indirect provider's list) or one customer (a reseller's or a direct
 * partner's), or, naming neither, as the owner's default, from a day to a day (exclusive; null: open-ended).
 */
public record AssignmentWrite(String priceListId, String resellerId, String customerId, LocalDate effectiveFrom, LocalDate effectiveTo) {}
