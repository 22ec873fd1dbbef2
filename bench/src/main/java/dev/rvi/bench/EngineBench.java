package dev.rvi.bench;

import dev.rvi.domain.benefit.BenefitEngine;
import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.benefit.FlexibilityTable;
import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.benefit.SavingsPlanRates;
import dev.rvi.domain.benefit.SavingsPlanSpec;
import dev.rvi.domain.benefit.UsageBatch;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The benefit engine alone, in one thread: 1,000 VMs of 8 sizes in 2 regions and 3 subscriptions over
 * 60 days (1.44 million usage hours), 40 reservations competing; then the same with 6 savings plans after them
 * (Single and Shared, 1 and 3 years, two in force for part of the window; one size in one region without a
 * savings-plan rate). Prints usage hours per second of each and the heap in use.
 * {@code bash bench/engine.sh}, or {@code java -Xmx512m -cp domain/target/classes:bench/target/classes:app/target/app.jar dev.rvi.bench.EngineBench}
 */
public final class EngineBench {
  static final String[] SIZES = {"Standard_D2s_v5", "Standard_D4s_v5", "Standard_D8s_v5", "Standard_E2s_v5", "Standard_E4s_v5",
      "Standard_F2s_v2", "Standard_F4s_v2", "Standard_D2as_v5"};
  static final String[] REGIONS = {"eastus", "westeurope"};
  /** Pay-as-you-go per hour in eastus, and the 1-year and 3-year savings-plan rates as a share of it, per size. */
  static final double[] PAYG = {0.096, 0.192, 0.384, 0.126, 0.252, 0.0846, 0.169, 0.086};
  static final double[] ONE_YEAR = {0.72, 0.70, 0.68, 0.75, 0.74, 0.80, 0.78, 0.71};
  static final double[] THREE_YEARS = {0.52, 0.50, 0.49, 0.56, 0.55, 0.62, 0.60, 0.51};

  public static void main(String[] args) {
    FlexibilityTable table = FlexibilityTable.bundled();
    int vms = 1000;
    int hours = 60 * 24;
    long from = 490_000;
    UsageBatch usage = new UsageBatch(table);
    long built = System.nanoTime();
    for (int v = 0; v < vms; v++) {
      String size = SIZES[v % SIZES.length];
      String region = REGIONS[v % REGIONS.length];
      String sub = "sub-" + (v % 3);
      for (int h = 0; h < hours; h++) {
        usage.add(from + h, sub, region, size, (v % 10 == 0 && h % 24 > 8) ? 0.5 : 1.0);
      }
    }
    double buildSeconds = (System.nanoTime() - built) / 1e9;
    List<ReservationSpec> reservations = new ArrayList<>();
    for (int r = 0; r < 40; r++) {
      reservations.add(new ReservationSpec("r" + r, r % 4 == 0 ? "sub-" + (r % 3) : null, REGIONS[r % 2], SIZES[r % SIZES.length],
          5 + r % 7, from - 100 + r, from + hours + 1000));
    }
    BenefitEngine engine = new BenefitEngine();
    double seconds = secondsPerRun(() -> engine.run(reservations, usage, from, from + hours));
    List<SavingsPlanSpec> plans = List.of(
        new SavingsPlanSpec("sp-single-3y", "sub-0", new BigDecimal("5.00"), Term.P3Y, from - 500, from + hours + 1000),
        new SavingsPlanSpec("sp-single-1y", "sub-1", new BigDecimal("4.00"), Term.P1Y, from - 500, from + hours + 1000),
        new SavingsPlanSpec("sp-shared-3y", null, new BigDecimal("10.00"), Term.P3Y, from - 500, from + hours + 1000),
        new SavingsPlanSpec("sp-shared-1y", null, new BigDecimal("8.00"), Term.P1Y, from - 500, from + hours + 1000),
        new SavingsPlanSpec("sp-shared-1y-late", null, new BigDecimal("6.00"), Term.P1Y, from + hours / 2, from + hours + 1000),
        new SavingsPlanSpec("sp-shared-3y-ending", null, new BigDecimal("20.00"), Term.P3Y, from - 8000, from + hours / 3));
    SavingsPlanRates rates = rates();
    double withPlansSeconds = secondsPerRun(() -> engine.run(reservations, plans, rates, usage, from, from + hours));
    BenefitResult result = engine.run(reservations, plans, rates, usage, from, from + hours);
    System.gc();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf("usageHours=%d%n", usage.size());
    System.out.printf("engineSecondsPerRun=%.4f%n", seconds);
    System.out.printf("engineUsageHoursPerSecond=%.0f%n", usage.size() / seconds);
    System.out.printf("savingsPlans=%d%n", plans.size());
    System.out.printf("engineWithPlansSecondsPerRun=%.4f%n", withPlansSeconds);
    System.out.printf("engineWithPlansUsageHoursPerSecond=%.0f%n", usage.size() / withPlansSeconds);
    System.out.printf("batchBuildUsageHoursPerSecond=%.0f%n", usage.size() / buildSeconds);
    System.out.printf("heapUsedMb=%.0f%n", heap / 1048576.0);
    System.out.printf("maxHeapMb=%.0f%n", Runtime.getRuntime().maxMemory() / 1048576.0);
    System.out.printf("check=%s%n", result.hoursOf("r1").used()[0]);
    System.out.printf("planCheck=%s%n", result.savingsPlans().hoursOf("sp-shared-1y").utilizedPercentage(from, from + hours).orElseThrow());
  }

  /** Seconds per run, over 10 runs after 3 not counted. */
  private static double secondsPerRun(Supplier<BenefitResult> run) {
    for (int warm = 0; warm < 3; warm++) {
      run.get();
    }
    int rounds = 10;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      run.get();
    }
    return (System.nanoTime() - start) / 1e9 / rounds;
  }

  /** Both terms' rates for every size in both regions (westeurope 15 % dearer), except Standard_D2as_v5 in westeurope. */
  private static SavingsPlanRates rates() {
    SavingsPlanRates rates = new SavingsPlanRates();
    for (int r = 0; r < REGIONS.length; r++) {
      for (int s = 0; s < SIZES.length; s++) {
        if (r == 1 && SIZES[s].equals("Standard_D2as_v5")) {
          continue;
        }
        double payg = PAYG[s] * (r == 0 ? 1 : 1.15);
        rates.put(REGIONS[r], SIZES[s], Term.P1Y, price(payg), price(payg * ONE_YEAR[s]));
        rates.put(REGIONS[r], SIZES[s], Term.P3Y, price(payg), price(payg * THREE_YEARS[s]));
      }
    }
    return rates;
  }

  private static BigDecimal price(double perHour) {
    return BigDecimal.valueOf(Math.round(perHour * 1_000_000) / 1_000_000d);
  }
}
