package dev.rvi.domain.benefit;

import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The savings-plan rates of a batch's (region, size) placements, in micro-units of the currency per hour so the
 * allocation multiplies whole numbers, and per term the placements a plan covers, greatest discount first.
 */
final class PlacementRates {
  /** Per placement, instance-hours per normalized unit (1 / the size's ratio). */
  final double[] perInstance;
  /** Per term and placement, the savings plan's rate; 0 where it has none. */
  final long[][] savingsPlan;
  /** Per term, the placements with a rate, by greatest discount against pay-as-you-go, then region, then size. */
  final int[][] byDiscount;
  /** Per placement, the pay-as-you-go rate the amounts are worth (a 1-year entry's, else a 3-year one's), or null. */
  final BigDecimal[] payAsYouGo;
  private final boolean[] eligible;

  private PlacementRates(int places) {
    perInstance = new double[places];
    savingsPlan = new long[Term.values().length][places];
    byDiscount = new int[Term.values().length][];
    payAsYouGo = new BigDecimal[places];
    eligible = new boolean[places];
  }

  static PlacementRates of(UsageBatch usage, SavingsPlanRates rates) {
    List<String[]> names = usage.placeNames;
    PlacementRates out = new PlacementRates(names.size());
    for (int p = 0; p < names.size(); p++) {
      out.perInstance[p] = 1 / usage.table().ratio(names.get(p)[1]);
    }
    for (Term term : Term.values()) {
      List<Integer> covered = new ArrayList<>();
      List<SavingsPlanRates.Rate> found = new ArrayList<>();
      for (int p = 0; p < names.size(); p++) {
        SavingsPlanRates.Rate rate = rates.rate(names.get(p)[0], names.get(p)[1], term).orElse(null);
        found.add(rate);
        if (rate != null) {
          covered.add(p);
          out.savingsPlan[term.ordinal()][p] = micro(rate.savingsPlan());
          out.eligible[p] = true;
          if (out.payAsYouGo[p] == null) {
            out.payAsYouGo[p] = rate.payAsYouGo();
          }
        }
      }
      // The smaller savingsPlan / payAsYouGo, the greater the discount: compared as a.sp × b.payg against b.sp × a.payg.
      Comparator<Integer> discount = (a, b) -> found.get(a).savingsPlan().multiply(found.get(b).payAsYouGo())
          .compareTo(found.get(b).savingsPlan().multiply(found.get(a).payAsYouGo()));
      covered.sort(discount.thenComparing(p -> names.get(p)[0]).thenComparing(p -> names.get(p)[1]));
      out.byDiscount[term.ordinal()] = covered.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** Whether any plan can cover the placement. */
  boolean eligible(int place) {
    return eligible[place];
  }

  int places() {
    return perInstance.length;
  }

  /** An amount in micro-units, at least one so that no rate is free. */
  static long micro(BigDecimal amount) {
    return Math.max(1, amount.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }
}
