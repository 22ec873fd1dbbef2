package dev.rvi.billing;

import java.math.BigDecimal;
import java.util.List;

/** One statement with its lines, in the order charged; its totals are the sums of its lines' amounts, each in cents already. */
record Statement(StatementId id, List<TierCharge> lines) {

  StatementSummary summary() {
    TierCharge first = lines.get(0);
    return new StatementSummary(id, first.level(), first.toCustomer(), first.toCustomer() ? first.charge().customerName() : null,
        first.toCustomer() ? null : first.charge().resellerMpnId(), sum("oneTime"), sum("monthly"), sum("credit"),
        lines.stream().map(TierCharge::amount).reduce(BigDecimal.ZERO, BigDecimal::add), lines.size());
  }

  private BigDecimal sum(String category) {
    return lines.stream().filter(l -> l.category().equals(category)).map(TierCharge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
