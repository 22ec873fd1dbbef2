package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitEngine;
import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.benefit.SavingsPlanRates;
import dev.rvi.domain.benefit.SavingsPlanResult;
import dev.rvi.domain.benefit.SavingsPlanSpec;
import dev.rvi.domain.benefit.UsageBatch;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cost Management's way of sizing a savings plan, over the look-back hours of usage the reservations in force leave: the
 * cost without a benefit is that usage at pay-as-you-go; candidate hourly commitments, spaced from the minimum to the
 * peak hour's cost of that usage at the plan's rates, each go through the benefit engine as one plan in force every
 * hour; the recommendation is the candidate that saves the most (the smaller one on a tie), and none when none saves.
 */
final class SavingsPlanAdvisor {
  private static final int CANDIDATES = 10;
  private static final BigDecimal MINIMUM = new BigDecimal("0.001");
  /** More than any hour of a customer's usage costs: a plan committing this covers everything the reservations left. */
  private static final BigDecimal UNBOUNDED = new BigDecimal("1000000");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String CANDIDATE = "candidate";

  private final List<ReservationSpec> inForce;
  private final SavingsPlanRates rates;
  private final UsageBatch usage;
  private final long fromHour;
  private final long toHour;
  private final Term term;

  SavingsPlanAdvisor(List<ReservationSpec> inForce, SavingsPlanRates rates, UsageBatch usage, long fromHour, long toHour, Term term) {
    this.inForce = inForce;
    this.rates = rates;
    this.usage = usage;
    this.fromHour = fromHour;
    this.toHour = toHour;
    this.term = term;
  }

  /**
   * The advice for a plan of one subscription (Single scope) or of all (Shared, null); null when it would cover nothing, or
   * when even the best candidate saves nothing (Cost Management recommends no plan then).
   */
  SavingsPlanAdvice advise(String subscriptionId) {
    Run all = run(subscriptionId, UNBOUNDED);
    BigDecimal[] hourly = all.hours().used();
    BigDecimal without = all.covered();
    if (without.signum() == 0) {
      return null;
    }
    BigDecimal peak = BigDecimal.ZERO;
    int first = -1;
    int last = -1;
    for (int h = 0; h < hourly.length; h++) {
      peak = peak.max(hourly[h]);
      if (hourly[h].signum() > 0) {
        first = first < 0 ? h : first;
        last = h;
      }
    }
    long totalHours = toHour - fromHour;
    List<SavingsPlanAdvice.Details> candidates = new ArrayList<>();
    SavingsPlanAdvice.Details best = null;
    for (BigDecimal commitment : commitments(peak)) {
      SavingsPlanAdvice.Details d = details(commitment, run(subscriptionId, commitment), without, totalHours);
      candidates.add(d);
      if (best == null || d.exactSavings().compareTo(best.exactSavings()) > 0) {
        best = d;
      }
    }
    if (best.exactSavings().signum() <= 0) {
      return null;
    }
    return new SavingsPlanAdvice(subscriptionId, fromHour + first, fromHour + last, totalHours, money(without), best, candidates);
  }

  /** Up to ten hourly amounts from the minimum to the peak, to the tenth of a cent, smallest first. */
  private static TreeSet<BigDecimal> commitments(BigDecimal peak) {
    TreeSet<BigDecimal> out = new TreeSet<>();
    BigDecimal span = peak.subtract(MINIMUM).max(BigDecimal.ZERO);
    for (int i = 0; i < CANDIDATES; i++) {
      BigDecimal amount = MINIMUM.add(span.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(CANDIDATES - 1), 12, RoundingMode.HALF_UP));
      out.add(amount.setScale(3, RoundingMode.HALF_UP).max(MINIMUM));
    }
    return out;
  }

  private static SavingsPlanAdvice.Details details(BigDecimal commitment, Run run, BigDecimal without, long totalHours) {
    BigDecimal benefit = commitment.multiply(BigDecimal.valueOf(totalHours));
    BigDecimal used = BigDecimal.ZERO;
    for (BigDecimal spent : run.hours().used()) {
      used = used.add(spent);
    }
    BigDecimal overage = without.subtract(run.covered());
    BigDecimal total = benefit.add(overage);
    BigDecimal savings = without.subtract(total);
    return new SavingsPlanAdvice.Details(commitment, money(savings), percent(savings, without), percent(run.covered(), without),
        percent(used, benefit), money(benefit.subtract(used)), money(overage), money(benefit), money(total), savings);
  }

  /** One plan of the commitment over the window, after the reservations: its hours, and the pay-as-you-go worth it covered. */
  private Run run(String subscriptionId, BigDecimal commitment) {
    SavingsPlanSpec plan = new SavingsPlanSpec(CANDIDATE, subscriptionId, commitment, term, fromHour, toHour);
    SavingsPlanResult result = new BenefitEngine().run(inForce, List.of(plan), rates, usage, fromHour, toHour).savingsPlans();
    BigDecimal covered = BigDecimal.ZERO;
    for (SavingsPlanResult.UsageCoverage c : result.coverage()) {
      if (c.savingsPlanCoveredTotal() != null) {
        covered = covered.add(c.savingsPlanCoveredTotal());
      }
    }
    return new Run(result.hoursOf(CANDIDATE), covered);
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  private record Run(SavingsPlanResult.PlanHours hours, BigDecimal covered) {}
}
