package dev.rvi.bench;

import dev.rvi.domain.benefit.BenefitEngine;
import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.benefit.FlexibilityTable;
import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.benefit.UsageBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The benefit engine alone, in one thread: 1,000 VMs of 8 sizes in 2 regions and 3 subscriptions over
 * 60 days (1.44 million usage hours), 40 reservations competing. Prints usage hours per second and
 * the heap in use. {@code java -Xmx512m -cp app/target/app.jar:bench/target/classes dev.rvi.bench.EngineBench}
 */
public final class EngineBench {
  static final String[] SIZES = {"Standard_D2s_v5", "Standard_D4s_v5", "Standard_D8s_v5", "Standard_E2s_v5", "Standard_E4s_v5",
      "Standard_F2s_v2", "Standard_F4s_v2", "Standard_D2as_v5"};
  static final String[] REGIONS = {"eastus", "westeurope"};

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
    BenefitResult result = null;
    for (int warm = 0; warm < 3; warm++) {
      result = engine.run(reservations, usage, from, from + hours);
    }
    int rounds = 10;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      result = engine.run(reservations, usage, from, from + hours);
    }
    double seconds = (System.nanoTime() - start) / 1e9 / rounds;
    System.gc();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf("usageHours=%d%n", usage.size());
    System.out.printf("engineSecondsPerRun=%.4f%n", seconds);
    System.out.printf("engineUsageHoursPerSecond=%.0f%n", usage.size() / seconds);
    System.out.printf("batchBuildUsageHoursPerSecond=%.0f%n", usage.size() / buildSeconds);
    System.out.printf("heapUsedMb=%.0f%n", heap / 1048576.0);
    System.out.printf("maxHeapMb=%.0f%n", Runtime.getRuntime().maxMemory() / 1048576.0);
    System.out.printf("check=%s%n", result.hoursOf("r1").used()[0]);
  }
}
