package dev.rvi.billing;

import java.math.BigDecimal;

/**
 * A statement's totals, as the list shows them: who billed whom (a customer, with its name, or a reseller, with its MPN
 * id), the one-time purchases, the monthly payments and the credits, and how many lines.
 */
record StatementSummary(StatementId id, int level, boolean toCustomer, String buyerName, String buyerMpnId, BigDecimal oneTime,
                        BigDecimal monthly, BigDecimal credits, BigDecimal total, long lines) {}
