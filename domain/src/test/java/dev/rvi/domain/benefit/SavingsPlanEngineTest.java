package dev.rvi.domain.benefit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked hours of savings plans after reservations. Rates in eastus (pay-as-you-go / 1-year plan / 3-year plan):
 * D2s_v5 0.10 / 0.07 (30 % off) / 0.05 (50 %); D4s_v5 0.20 / 0.12 (40 %) / 0.09 (55 %); D8s_v5 0.40 / 0.32 (20 %) /
 * 0.28. No rate for D16s_v5 in eastus, nor for anything in westus2.
 */
class SavingsPlanEngineTest {
  private static final FlexibilityTable TABLE = new FlexibilityTable()
      .put("Standard_D2s_v5", "Dsv5 Series", 1).put("Standard_D4s_v5", "Dsv5 Series", 2)
      .put("Standard_D8s_v5", "Dsv5 Series", 4).put("Standard_D16s_v5", "Dsv5 Series", 8);
  private static final SavingsPlanRates RATES = new SavingsPlanRates()
      .put("eastus", "Standard_D2s_v5", Term.P1Y, d("0.10"), d("0.07")).put("eastus", "Standard_D2s_v5", Term.P3Y, d("0.10"), d("0.05"))
      .put("eastus", "Standard_D4s_v5", Term.P1Y, d("0.20"), d("0.12")).put("eastus", "Standard_D4s_v5", Term.P3Y, d("0.20"), d("0.09"))
      .put("EastUS", "standard_d8s_v5", Term.P1Y, d("0.40"), d("0.32")).put("eastus", "Standard_D8s_v5", Term.P3Y, d("0.40"), d("0.28"));
  private static final long H = 500_000;  // an epoch hour (08:00 UTC)
  private static final long MIDNIGHT = 500_016;  // an epoch hour starting a UTC day

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static SavingsPlanSpec plan(String id, String subscriptionId, String hourly, Term term) {
    return new SavingsPlanSpec(id, subscriptionId, d(hourly), term, H - 1000, H + 24 * 365);
  }

  private static BenefitResult run(List<ReservationSpec> reservations, List<SavingsPlanSpec> plans, UsageBatch usage) {
    return new BenefitEngine().run(reservations, plans, RATES, usage, H, H + 24);
  }

  private static BigDecimal spent(BenefitResult result, String planId, int hour) {
    return result.savingsPlans().hoursOf(planId).used()[hour];
  }

  private static SavingsPlanResult.UsageCoverage coverage(BenefitResult result, String region, String armSkuName) {
    return result.savingsPlans().coverage().stream().filter(c -> c.region().equals(region) && c.armSkuName().equals(armSkuName))
        .findFirst().orElseThrow();
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void reservationsApplyFirstAndThePlanCoversWhatTheyLeft() {
    UsageBatch usage = new UsageBatch(TABLE);
    // Hour 0: three D2s VMs of sub-a.
    usage.add(H, "sub-a", "eastus", "Standard_D2s_v5", 1);
    usage.add(H, "sub-a", "eastus", "Standard_D2s_v5", 1);
    usage.add(H, "sub-a", "eastus", "Standard_D2s_v5", 1);
    // Hour 1: one D4s VM (ratio 2).
    usage.add(H + 1, "sub-a", "eastus", "Standard_D4s_v5", 1);
    ReservationSpec reservation = new ReservationSpec("r", null, "eastus", "Standard_D2s_v5", 1, H, H + 100);
    BenefitResult result = run(List.of(reservation), List.of(plan("sp", null, "0.10", Term.P1Y)), usage);

    // Hour 0: the reservation covers one D2s hour, as without plans; two are left. The first costs 0.07 of the
    // plan's 0.10; the second would cost 0.07 but 0.03 is left, which pays for 0.03 / 0.07 = 0.428571 h.
    // Spent: 0.10 (100 %). Covered by the plan 1.428571 h, pay-as-you-go 3 - 1 - 1.428571 = 0.571429 h.
    assertEquals(1.0, result.hoursOf("r").used()[0]);
    assertAmount("0.10", spent(result, "sp", 0));
    SavingsPlanResult.UsageCoverage d2 = coverage(result, "eastus", "Standard_D2s_v5");
    assertEquals(1.0, d2.reservationHours()[0]);
    assertEquals(1.428571, d2.savingsPlanHours()[0], 1e-9);
    assertEquals(0.571429, d2.payAsYouGoHours()[0], 1e-9);
    // Worth at pay-as-you-go (0.10 an hour): 1.428571 × 0.10 = 0.1428571 covered, 0.571429 × 0.10 = 0.0571429 not.
    assertAmount("0.1428571", d2.savingsPlanCovered()[0]);
    assertAmount("0.0571429", d2.payAsYouGoCost()[0]);

    // Hour 1: the ratio-1 reservation covers half of the ratio-2 D4s VM; the plan the other half at 0.12 × 0.5 = 0.06
    // of its 0.10: 60 % used, nothing left at pay-as-you-go.
    assertEquals(1.0, result.hoursOf("r").used()[1], "the reservation's one ratio-1 hour, all used on half of the VM");
    assertAmount("0.06", spent(result, "sp", 1));
    assertEquals(Optional.of(d("60.00")), result.savingsPlans().hoursOf("sp").utilizedPercentage(H + 1, H + 2));
    SavingsPlanResult.UsageCoverage d4 = coverage(result, "eastus", "Standard_D4s_v5");
    assertEquals(0.5, d4.reservationHours()[1]);
    assertEquals(0.5, d4.savingsPlanHours()[1]);
    assertEquals(0.0, d4.payAsYouGoHours()[1]);
    assertAmount("0.10", d4.savingsPlanCoveredTotal());  // 0.5 h × 0.20
    assertAmount("0", d4.payAsYouGoTotal());
  }

  @Test
  void aSizeOnlyExactReservationCoversItsSizeAndThePlanTheRest() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "s", "eastus", "Standard_D2s_v5", 1);
    usage.add(H, "s", "eastus", "Standard_D4s_v5", 1);
    ReservationSpec exact = new ReservationSpec("exact", null, "eastus", "Standard_D4s_v5", 1, H, H + 100, true);
    BenefitResult result = run(List.of(exact), List.of(plan("sp", null, "1", Term.P1Y)), usage);
    // The D4s VM is the reservation's; the plan covers the D2s hour at 0.07 of its 1.00 (7 %).
    assertEquals(1.0, result.hoursOf("exact").used()[0]);
    assertAmount("0.07", spent(result, "sp", 0));
    assertEquals(0.0, coverage(result, "eastus", "Standard_D4s_v5").savingsPlanHours()[0]);
    assertEquals(1.0, coverage(result, "eastus", "Standard_D2s_v5").savingsPlanHours()[0]);
  }

  @Test
  void singleScopeFirstThenThreeYearsBeforeOne() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "sub-a", "eastus", "Standard_D2s_v5", 1);
    usage.add(H, "sub-b", "eastus", "Standard_D2s_v5", 1);
    List<SavingsPlanSpec> plans = List.of(plan("shared-1y", null, "0.07", Term.P1Y), plan("shared-3y", null, "0.05", Term.P3Y),
        plan("single-1y", "sub-a", "0.07", Term.P1Y));
    BenefitResult result = run(List.of(), plans, usage);
    // single-1y first although it is a 1-year plan: sub-a's hour at 0.07, all of it. Had a Shared plan gone first it
    // would have taken sub-a's hour (it arrived first) and left the Single one nothing.
    assertAmount("0.07", spent(result, "single-1y", 0));
    // Then the 3-year Shared plan: sub-b's hour at its 3-year rate 0.05, all of it; the 1-year Shared one finds nothing.
    assertAmount("0.05", spent(result, "shared-3y", 0));
    assertAmount("0", spent(result, "shared-1y", 0));
    assertEquals(0.0, coverage(result, "eastus", "Standard_D2s_v5").payAsYouGoHours()[0]);
  }

  @Test
  void withinAPlanTheGreatestDiscountFirst() {
    UsageBatch usage = new UsageBatch(TABLE);
    // Hour 0: a D2s (30 % off) arrives before a D4s (40 % off). A commitment of 0.12 pays for the D4s hour alone.
    usage.add(H, "s", "eastus", "Standard_D2s_v5", 1);
    usage.add(H, "s", "eastus", "Standard_D4s_v5", 1);
    // Hour 1: a D8s (20 % off, but 0.08 an hour saved) before a D2s (30 % off, 0.03 saved): the percentage decides.
    usage.add(H + 1, "s", "eastus", "Standard_D8s_v5", 1);
    usage.add(H + 1, "s", "eastus", "Standard_D2s_v5", 1);
    BenefitResult result = new BenefitEngine().run(List.of(), List.of(plan("sp", null, "0.12", Term.P1Y)), RATES, usage, H, H + 2);
    SavingsPlanResult.UsageCoverage d2 = coverage(result, "eastus", "Standard_D2s_v5");
    // Hour 0: D4s at 0.12 = the whole commitment; the D2s stays pay-as-you-go (in arrival order the D2s would have taken
    // 0.07 and the D4s 0.05 / 0.12 = 0.416667 h).
    assertEquals(1.0, coverage(result, "eastus", "Standard_D4s_v5").savingsPlanHours()[0]);
    assertEquals(0.0, d2.savingsPlanHours()[0]);
    // Hour 1: D2s first at 0.07; the 0.05 left pays for 0.05 / 0.32 = 0.15625 h of the D8s.
    assertEquals(1.0, d2.savingsPlanHours()[1]);
    assertEquals(0.15625, coverage(result, "eastus", "Standard_D8s_v5").savingsPlanHours()[1]);
    assertEquals(0.84375, coverage(result, "eastus", "Standard_D8s_v5").payAsYouGoHours()[1]);
    assertAmount("0.12", spent(result, "sp", 1));
  }

  @Test
  void partOfTheCommitmentUsedDayAndWindowUtilization() {
    UsageBatch usage = new UsageBatch(TABLE);
    // One D2s VM in the first 12 hours of a UTC day; a plan of 0.14 an hour spends 0.07 in each of them (50 %) and
    // nothing in the other 12: the day 12 × 0.07 / (24 × 0.14) = 0.84 / 3.36 = 25 %.
    for (int h = 0; h < 12; h++) {
      usage.add(MIDNIGHT + h, "s", "eastus", "Standard_D2s_v5", 1);
    }
    SavingsPlanSpec plan = new SavingsPlanSpec("sp", null, d("0.14"), Term.P1Y, MIDNIGHT - 100, MIDNIGHT + 1000);
    BenefitResult result = new BenefitEngine().run(List.of(), List.of(plan), RATES, usage, MIDNIGHT, MIDNIGHT + 48);
    SavingsPlanResult.PlanHours hours = result.savingsPlans().hoursOf("sp");
    assertAmount("0.07", hours.used()[0]);
    assertAmount("0.14", hours.committed()[0]);
    assertEquals(Optional.of(d("50.00")), hours.utilizedPercentage(MIDNIGHT, MIDNIGHT + 1));
    assertEquals(Optional.of(d("25.00")), hours.utilizedPercentage(MIDNIGHT, MIDNIGHT + 24));
    // Over both days: 0.84 / 6.72 = 12.5 %.
    assertEquals(Optional.of(d("12.50")), hours.utilizedPercentage(MIDNIGHT, MIDNIGHT + 48));
    List<SavingsPlanDay> days = SavingsPlanDay.of(hours);
    assertEquals(2, days.size());
    assertAmount("3.36", days.get(0).committed());
    assertAmount("0.84", days.get(0).used());
    assertEquals(d("25.00"), days.get(0).utilizedPercentage());
    assertEquals(d("0.00"), days.get(1).utilizedPercentage(), "no usage on the second day: its commitment is lost");
  }

  @Test
  void withoutUsageTheCommitmentIsLost() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H - 5, "s", "eastus", "Standard_D2s_v5", 1);  // before the window
    BenefitResult result = run(List.of(), List.of(plan("sp", null, "0.50", Term.P3Y)), usage);
    SavingsPlanResult.PlanHours hours = result.savingsPlans().hoursOf("sp");
    for (int h = 0; h < 24; h++) {
      assertAmount("0.50", hours.committed()[h]);
      assertAmount("0", hours.used()[h]);
    }
    assertEquals(Optional.of(d("0.00")), hours.utilizedPercentage(H, H + 24));
    assertTrue(result.savingsPlans().coverage().isEmpty(), "no usage in the window");
  }

  @Test
  void aSizeOrRegionWithoutARateIsNotCovered() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "s", "westus2", "Standard_D2s_v5", 1);
    usage.add(H, "s", "eastus", "Standard_D16s_v5", 1);
    BenefitResult result = run(List.of(), List.of(plan("sp", null, "5", Term.P1Y)), usage);
    assertAmount("0", spent(result, "sp", 0));
    SavingsPlanResult.UsageCoverage west = coverage(result, "westus2", "Standard_D2s_v5");
    assertEquals(1.0, west.payAsYouGoHours()[0]);
    assertEquals(0.0, west.savingsPlanHours()[0]);
    assertNull(west.payAsYouGoRate(), "no rate: the hours are known, their worth is not");
    assertNull(west.payAsYouGoTotal());
    assertEquals(1.0, coverage(result, "eastus", "Standard_D16s_v5").payAsYouGoHours()[0]);
  }

  @Test
  void aPlanCoversNothingBeforeItsStartOrFromItsEnd() {
    UsageBatch usage = new UsageBatch(TABLE);
    for (int h = 0; h < 3; h++) {
      usage.add(H + h, "s", "eastus", "Standard_D2s_v5", 1);
    }
    SavingsPlanSpec oneHour = new SavingsPlanSpec("sp", null, d("0.07"), Term.P1Y, H + 1, H + 2);
    BenefitResult result = run(List.of(), List.of(oneHour), usage);
    SavingsPlanResult.PlanHours hours = result.savingsPlans().hoursOf("sp");
    assertAmount("0", hours.used()[0]);
    assertAmount("0", hours.committed()[0]);
    assertAmount("0.07", hours.used()[1]);
    assertAmount("0", hours.used()[2]);
    assertAmount("0", hours.committed()[2]);
    assertEquals(Optional.empty(), hours.utilizedPercentage(H, H + 1), "not in force: no utilization at all");
    assertArrayEquals(new double[] {1, 0, 1}, Arrays.copyOf(coverage(result, "eastus", "Standard_D2s_v5").payAsYouGoHours(), 3));
  }

  @Test
  void aSinglePlanCoversOnlyItsSubscription() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "sub-b", "eastus", "Standard_D2s_v5", 1);
    usage.add(H + 1, "sub-b", "eastus", "Standard_D2s_v5", 1);
    usage.add(H + 1, "sub-a", "eastus", "Standard_D2s_v5", 1);
    List<SavingsPlanSpec> plans = List.of(plan("single-a", "sub-a", "1", Term.P1Y), plan("single-c", "sub-c", "1", Term.P1Y));
    BenefitResult result = run(List.of(), plans, usage);
    assertAmount("0", spent(result, "single-a", 0));
    // Hour 1: sub-a's hour only (0.07); sub-b's stays pay-as-you-go.
    assertAmount("0.07", spent(result, "single-a", 1));
    assertEquals(1.0, coverage(result, "eastus", "Standard_D2s_v5").payAsYouGoHours()[1]);
    assertAmount("0", spent(result, "single-c", 1));  // a subscription without usage
  }

  @Test
  void reservationsAloneAreUnchangedByTheRunWithPlans() {
    UsageBatch usage = new UsageBatch(TABLE);
    usage.add(H, "sub-a", "eastus", "Standard_D8s_v5", 1);
    usage.add(H, "sub-b", "eastus", "Standard_D2s_v5", 1);
    usage.add(H, "sub-b", "eastus", "Standard_D4s_v5", 1);
    List<ReservationSpec> reservations = List.of(new ReservationSpec("r", null, "eastus", "Standard_D4s_v5", 2, H, H + 100),
        new ReservationSpec("exact", null, "eastus", "Standard_D2s_v5", 1, H, H + 100, true));
    BenefitResult withPlans = run(reservations, List.of(plan("sp", null, "9", Term.P1Y)), usage);
    BenefitResult alone = new BenefitEngine().run(reservations, usage, H, H + 24);
    assertArrayEquals(alone.hoursOf("r").used(), withPlans.hoursOf("r").used());
    assertArrayEquals(alone.hoursOf("exact").used(), withPlans.hoursOf("exact").used());
    assertEquals(alone.uncovered().size(), withPlans.uncovered().size());
    assertTrue(alone.savingsPlans().coverage().isEmpty() && !alone.savingsPlans().covers("sp"));
    // Usage 4 + 1 + 2 = 7 ratio-1 hours; the exact one covers the D2s (1), the flexible one 4 of the other 6, which
    // its arrival order takes from sub-a's D8s (ratio 4: all of it). Left: sub-b's D4s hour, 1 × 0.12 from the plan.
    assertAmount("0.12", spent(withPlans, "sp", 0));
    assertEquals(1.0, coverage(withPlans, "eastus", "Standard_D4s_v5").savingsPlanHours()[0]);
  }
}
