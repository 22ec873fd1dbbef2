package dev.rvi.domain.order;

import java.math.BigDecimal;

/** A savings plan's commitment as a cart line names it: an amount per {@code grain} (hourly), in a currency. */
public record PurchaseCommitment(BigDecimal amount, String currency, String grain) {}
