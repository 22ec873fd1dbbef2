package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitEngine;
import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.benefit.SavingsPlanResult;
import dev.rvi.domain.benefit.SavingsPlanSpec;
import dev.rvi.domain.benefit.SizingAdvisor;
import dev.rvi.domain.benefit.UsageBatch;
import dev.rvi.domain.catalog.GroupPrices;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighs the three ways to cover a customer's look-back usage for one term, the way Microsoft advises (reservations for
 * the steady usage, a savings plan for the rest): the reservations the sizing advice buys for it, the Shared savings plan
 * the plan advice recommends, and those reservations as if in force, then the plan advised over what they leave. Each
 * option's uncovered usage is what the engine leaves at pay-as-you-go, priced per size and region; a size the catalog
 * sells no pay-as-you-go hour of is weighed by none of them.
 */
final class ComparisonAdvisor {
  static final String RESERVATIONS = "reservations";
  static final String SAVINGS_PLAN = "savingsPlan";
  static final String MIX = "mix";
  private static final String PLAN = "compared";
  private static final int SCALE = 12;

  private final List<ReservationSpec> inForce;
  private final SavingsPlanUsage usage;
  private final SavingsPlanUsage.Prices prices;
  private final long fromHour;
  private final long toHour;
  private final Term term;

  ComparisonAdvisor(List<ReservationSpec> inForce, SavingsPlanUsage usage, SavingsPlanUsage.Prices prices, long fromHour, long toHour,
                    Term term) {
    this.inForce = inForce;
    this.usage = usage;
    this.prices = prices;
    this.fromHour = fromHour;
    this.toHour = toHour;
    this.term = term;
  }

  /** The Shared usage no reservation in force covers, per region and flexibility group (what sizing advice weighs). */
  static List<BenefitResult.Uncovered> uncovered(List<ReservationSpec> inForce, UsageBatch batch, long fromHour, long toHour) {
    List<BenefitResult.Uncovered> out = new ArrayList<>();
    for (BenefitResult.Uncovered u : new BenefitEngine().run(inForce, batch, fromHour, toHour).uncovered()) {
      if (u.subscriptionId() == null && Arrays.stream(u.hourly()).anyMatch(v -> v > 0)) {
        out.add(u);
      }
    }
    return out;
  }

  /** {@code priced}: each group's uncovered usage with the catalog's prices of its reservations for the term. */
  BenefitComparison compare(List<Priced> priced) {
    long hours = toHour - fromHour;
    List<BenefitComparison.Advised> advised = new ArrayList<>();
    List<ReservationSpec> bought = new ArrayList<>(inForce);
    BigDecimal reservationCost = BigDecimal.ZERO;
    for (Priced p : priced) {
      GroupPrices g = p.prices();
      SizingAdvisor.Advice advice = SizingAdvisor.advise(p.uncovered().hourly(), g.paygHourlyPerUnit(), g.reservationPricePerUnit(),
          term.hours());
      if (advice.quantity() == 0) {
        continue;
      }
      int instances = BigDecimal.valueOf(advice.quantity()).divide(g.ratio(), 0, RoundingMode.CEILING).intValue();
      advised.add(new BenefitComparison.Advised(g.armSkuName(), p.uncovered().region(), p.uncovered().group(), instances));
      bought.add(new ReservationSpec("advised-" + advised.size(), null, p.uncovered().region(), g.armSkuName(), instances, fromHour, toHour));
      reservationCost = reservationCost.add(g.reservationPricePerUnit().multiply(g.ratio()).multiply(BigDecimal.valueOf((long) instances * hours))
          .divide(BigDecimal.valueOf(term.hours()), SCALE, RoundingMode.HALF_UP));
    }
    BigDecimal without = uncoveredCost(inForce, null);
    List<BenefitComparison.Option> options = List.of(
        new BenefitComparison.Option(RESERVATIONS, advised, reservationCost, null, BigDecimal.ZERO, uncoveredCost(bought, null)),
        withPlan(SAVINGS_PLAN, inForce, List.of(), BigDecimal.ZERO),
        withPlan(MIX, bought, advised, reservationCost));
    // The lowest total, the first on a tie; none when no option costs less than the usage without a benefit.
    BenefitComparison.Option best = null;
    for (BenefitComparison.Option o : options) {
      if (o.totalCost().compareTo(best == null ? without : best.totalCost()) < 0) {
        best = o;
      }
    }
    return new BenefitComparison(hours, without, options, best);
  }

  /** The reservations given, then the Shared plan advised over what they leave (none when no plan saves). */
  private BenefitComparison.Option withPlan(String kind, List<ReservationSpec> reservations, List<BenefitComparison.Advised> advised,
                                            BigDecimal reservationCost) {
    SavingsPlanAdvice advice = new SavingsPlanAdvisor(reservations, prices.rates(), usage.batch(), fromHour, toHour, term).advise(null);
    BigDecimal commitment = advice == null ? null : advice.recommended().commitmentAmount();
    BigDecimal planCost = commitment == null ? BigDecimal.ZERO : commitment.multiply(BigDecimal.valueOf(toHour - fromHour));
    return new BenefitComparison.Option(kind, advised, reservationCost, commitment, planCost, uncoveredCost(reservations, commitment));
  }

  /** What the reservations, then a Shared plan of the hourly commitment (none when null), leave at pay-as-you-go. */
  private BigDecimal uncoveredCost(List<ReservationSpec> reservations, BigDecimal commitment) {
    List<SavingsPlanSpec> plans = commitment == null ? List.of() : List.of(new SavingsPlanSpec(PLAN, null, commitment, term, fromHour, toHour));
    SavingsPlanResult result = new BenefitEngine().run(reservations, plans, prices.rates(), usage.batch(), fromHour, toHour).savingsPlans();
    BigDecimal cost = BigDecimal.ZERO;
    for (SavingsPlanResult.UsageCoverage c : result.coverage()) {
      BigDecimal rate = prices.payAsYouGo(c.region(), c.armSkuName());
      if (rate == null) {
        continue;
      }
      long microHours = 0;
      for (double h : c.payAsYouGoHours()) {
        microHours += Math.round(h * 1e6);
      }
      cost = cost.add(BigDecimal.valueOf(microHours, 6).multiply(rate));
    }
    return cost;
  }

  /** One group's usage no reservation covers, with its reservation prices for the term. */
  record Priced(BenefitResult.Uncovered uncovered, GroupPrices prices) {}
}
