package dev.rvi.domain.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked cases of how a reservation's discount applies, hour by hour. */
class BenefitEngineTest {
  private static final FlexibilityTable TABLE = new FlexibilityTable()
      .put("Standard_D2s_v5", "Dsv5 Series", 1).put("Standard_D4s_v5", "Dsv5 Series", 2)
      .put("Standard_D8s_v5", "Dsv5 Series", 4).put("Standard_D16s_v5", "Dsv5 Series", 8)
      .put("Standard_D32s_v5", "Dsv5 Series", 16).put("Standard_E2s_v5", "Esv5 Series", 1);
  private static final long H = 500_000;  // an epoch hour

  private static BenefitResult run(List<ReservationSpec> reservations, UsageBatch usage) {
    return new BenefitEngine().run(reservations, usage, H, H + 24);
  }

  private static ReservationSpec shared(String id, String sku, int quantity) {
    return new ReservationSpec(id, null, "eastus", sku, quantity, H, H + 24 * 365);
  }

  @Test
  void aRatio2ReservationIsFullyUsedByTwoRatio1VmsAndHalfUsedByOne() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "sub-a", "eastus", "Standard_D2s_v5", 1);
    usage.add(H, "sub-a", "eastus", "Standard_D2s_v5", 1);
    usage.add(H + 1, "sub-a", "eastus", "Standard_D2s_v5", 1);
    BenefitResult.ReservationHours hours = run(List.of(shared("r", "Standard_D4s_v5", 1)), usage).hoursOf("r");
    assertEquals(1.0, hours.reserved()[0]);
    assertEquals(1.0, hours.used()[0], "two ratio-1 VMs fill one ratio-2 reservation");
    assertEquals(0.5, hours.used()[1], "one ratio-1 VM uses half of it");
    assertEquals(0.0, hours.used()[2], "an hour without usage is lost, never carried forward");
  }

  @Test
  void withFlexibilityOffOnlyTheExactSizeIsCoveredAndFirst() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "s", "eastus", "Standard_D2s_v5", 1);
    usage.add(H, "s", "eastus", "Standard_D2s_v5", 1);
    usage.add(H + 1, "s", "eastus", "Standard_D4s_v5", 1);
    usage.add(H + 2, "s", "eastus", "Standard_D4s_v5", 1);
    usage.add(H + 2, "s", "eastus", "Standard_D2s_v5", 1);
    ReservationSpec exact = new ReservationSpec("exact", null, "eastus", "Standard_D4s_v5", 1, H, H + 100, true);
    BenefitResult alone = run(List.of(exact), usage);
    assertEquals(0.0, alone.hoursOf("exact").used()[0], "two ratio-1 VMs of another size: nothing covered");
    assertEquals(1.0, alone.hoursOf("exact").used()[1], "its own size: covered");
    // With a flexible reservation beside it, the exact one takes its size first and the flexible one the rest.
    BenefitResult both = run(List.of(shared("flexible", "Standard_D2s_v5", 1), exact), usage);
    assertEquals(1.0, both.hoursOf("exact").used()[2]);
    assertEquals(1.0, both.hoursOf("flexible").used()[2]);
    assertEquals(1.0, both.hoursOf("flexible").used()[0], "the flexible one still covers the other sizes of the group");
  }

  @Test
  void ratiosWeighTheSizesOfTheGroup() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "s", "eastus", "Standard_D4s_v5", 1);
    usage.add(H, "s", "eastus", "Standard_D4s_v5", 1);
    usage.add(H, "s", "eastus", "Standard_D8s_v5", 1);
    usage.add(H + 1, "s", "eastus", "Standard_D32s_v5", 1);
    BenefitResult result = run(List.of(shared("r8", "Standard_D16s_v5", 1)), usage);
    BenefitResult.ReservationHours hours = result.hoursOf("r8");
    assertEquals(1.0, hours.used()[0], "a ratio-8 reservation covers two ratio-2 VMs and one ratio-4 VM");
    assertEquals(1.0, hours.used()[1], "and half of one ratio-16 VM...");
    double uncovered = result.uncovered().stream().filter(u -> u.subscriptionId() == null && u.group().equals("Dsv5 Series"))
        .findFirst().orElseThrow().hourly()[1];
    assertEquals(8.0, uncovered, "...whose other half (8 ratio-1 hours) is paid at PAYG");
  }

  @Test
  void singleScopeIgnoresAnotherSubscriptionsVms() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "sub-b", "eastus", "Standard_D2s_v5", 1);
    ReservationSpec single = new ReservationSpec("single", "sub-a", "eastus", "Standard_D2s_v5", 1, H, H + 100);
    BenefitResult result = run(List.of(single), usage);
    assertEquals(0.0, result.hoursOf("single").used()[0]);
    usage.add(H + 1, "sub-a", "eastus", "Standard_D2s_v5", 1);
    usage.add(H + 1, "sub-b", "eastus", "Standard_D2s_v5", 1);
    BenefitResult again = run(List.of(single, shared("shared", "Standard_D2s_v5", 1)), usage);
    assertEquals(1.0, again.hoursOf("single").used()[1], "its own subscription's VM");
    assertEquals(1.0, again.hoursOf("shared").used()[1], "the shared one takes the other subscription's VM");
    assertEquals(1.0, again.hoursOf("shared").used()[0]);
  }

  @Test
  void otherRegionsGroupsAndHoursOutsideTheTermDoNotMatch() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "s", "westus2", "Standard_D2s_v5", 1);
    usage.add(H, "s", "eastus", "Standard_E2s_v5", 1);
    usage.add(H + 5, "s", "eastus", "Standard_D2s_v5", 1);
    ReservationSpec ended = new ReservationSpec("r", null, "eastus", "Standard_D2s_v5", 1, H, H + 5);
    BenefitResult.ReservationHours hours = run(List.of(ended), usage).hoursOf("r");
    assertEquals(0.0, hours.used()[0]);
    assertEquals(0.0, hours.used()[5]);
    assertEquals(0.0, hours.reserved()[5], "expired at hour 5");
  }

  @Test
  void singleScopeReservationsAreServedBeforeSharedOnes() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "sub-a", "eastus", "Standard_D2s_v5", 1);
    ReservationSpec single = new ReservationSpec("z-single", "sub-a", "eastus", "Standard_D2s_v5", 1, H + 1, H + 100);
    ReservationSpec earlierShared = new ReservationSpec("a-shared", null, "eastus", "Standard_D2s_v5", 1, H - 10, H + 100);
    usage.add(H + 1, "sub-a", "eastus", "Standard_D2s_v5", 1);
    BenefitResult result = run(List.of(earlierShared, single), usage);
    assertEquals(1.0, result.hoursOf("z-single").used()[1]);
    assertEquals(0.0, result.hoursOf("a-shared").used()[1]);
    assertEquals(1.0, result.hoursOf("a-shared").used()[0]);
  }

  @Test
  void dailyUtilization() {
    UsageBatch usage = new UsageBatch(TABLE);
    for (int h = 0; h < 24; h++) {
      usage.add(H + h, "s", "eastus", "Standard_D2s_v5", 1);
      if (h < 12) {
        usage.add(H + h, "s", "eastus", "Standard_D2s_v5", 1);
      }
    }
    BenefitResult.ReservationHours hours = run(List.of(shared("r", "Standard_D4s_v5", 1)), usage).hoursOf("r");
    List<DailyUtilization> days = DailyUtilization.of(hours);
    int total = days.stream().mapToInt(d -> d.reservedHours().intValue()).sum();
    assertEquals(24, total);
    BigDecimal used = days.stream().map(DailyUtilization::usedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, new BigDecimal("18").compareTo(used), "12 full hours and 12 half hours");
    assertEquals(0, new BigDecimal("100").compareTo(days.stream().map(DailyUtilization::maxUtilizationPercentage).max(BigDecimal::compareTo).orElseThrow()));
    assertEquals(0, new BigDecimal("50").compareTo(days.stream().map(DailyUtilization::minUtilizationPercentage).min(BigDecimal::compareTo).orElseThrow()));
  }

  @Test
  void tenSteadyVmsAndFiveFourHoursADayRecommendTen() {
    double[] hourly = new double[24 * 30];
    for (int h = 0; h < hourly.length; h++) {
      hourly[h] = 10 + (h % 24 < 4 ? 5 : 0);
    }
    // Break-even utilization 59 % (the sample's 1-year price): the 5 part-time VMs run 4/24 = 16.7 % of hours.
    SizingAdvisor.Advice advice = SizingAdvisor.advise(hourly, new BigDecimal("0.096"), new BigDecimal("496.17"), 8760);
    assertEquals(10, advice.quantity());
    // Without reservations: (10 x 720 + 5 x 120) x 0.096 = 7,800 x 0.096 = 748.80
    assertEquals(new BigDecimal("748.80"), advice.costWithoutReservations());
    // With 10: 10 x 720 x 496.17 / 8760 = 4,078.11 / ... = 407.81; plus 600 PAYG hours x 0.096 = 57.60 -> 465.41
    assertEquals(new BigDecimal("465.41"), advice.costWithReservations());
    assertEquals(new BigDecimal("283.39"), advice.netSavings());
    // If reserving cost less than 16.7 % of PAYG, the part-time VMs would be worth reserving too.
    assertEquals(15, SizingAdvisor.advise(hourly, new BigDecimal("0.096"), new BigDecimal("100"), 8760).quantity());
  }

  @Test
  void noUsageNoRecommendation() {
    assertEquals(0, SizingAdvisor.advise(new double[48], new BigDecimal("0.1"), new BigDecimal("500"), 8760).quantity());
  }
}
