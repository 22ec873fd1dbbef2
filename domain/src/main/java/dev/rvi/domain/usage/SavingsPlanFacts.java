package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.SavingsPlanSpec;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the usage service needs of a savings plan, as the order service (which owns it) tells it: whose it is and the
 * customer's country (the market its rates are in), where its benefit applies ({@code appliedSubscription} null for
 * Shared scope), its hourly commitment, term and dates.
 */
public record SavingsPlanFacts(String id, String customerId, String country, String appliedSubscription, BigDecimal hourlyCommitment,
                               Term term, Instant effectiveAt, Instant expiresAt) {

  /** The plan as the benefit engine sees it. */
  public SavingsPlanSpec spec() {
    return new SavingsPlanSpec(id, appliedSubscription, hourlyCommitment, term, effectiveAt.getEpochSecond() / 3600,
        expiresAt.getEpochSecond() / 3600);
  }
}
