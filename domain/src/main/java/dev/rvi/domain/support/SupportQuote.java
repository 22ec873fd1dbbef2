package dev.rvi.domain.support;

import dev.rvi.domain.money.Money;
import java.util.List;

/**
 * The order service's current quote for an open support request, the figures the partner's calculation gives: a refund's
 * amount and fee; an exchange's or a trade-in's credit (the value returned) and the new purchase's price. The amounts a
 * kind has not are null; {@code policyErrors} says what approval would be refused for (empty when it would pass).
 */
public record SupportQuote(String requestedAction, int quantity, Money refundAmount, Money fee, Money credit, Money newPurchasePrice,
                           List<String> policyErrors) {}
