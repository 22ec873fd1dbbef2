package dev.rvi.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.benefit.SavingsPlanDay;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.SavingsPlanRateQuery;
import dev.rvi.domain.catalog.SavingsPlanRates;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.usage.CustomerMarket;
import dev.rvi.domain.usage.RecommendationQuery;
import dev.rvi.domain.usage.ReservationChange;
import dev.rvi.domain.usage.ReservationChanges;
import dev.rvi.domain.usage.ReservationFacts;
import dev.rvi.domain.usage.SavingsPlanFacts;
import dev.rvi.domain.usage.SavingsPlanUtilization;
import dev.rvi.domain.usage.SavingsPlanUtilizationOf;
import dev.rvi.domain.usage.UsageAction;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsageUpload;
import dev.rvi.domain.usage.UtilizationOf;
import dev.rvi.domain.usage.UtilizationSummary;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The usage service on its own: a real Postgres, a local event bus, and a fake of the directory (one subscription the
 * caller may send usage of). The test plays the order service: it sends reservation changes and asks utilization.
 */
class UsageServiceTest {
  private static final Caller ADMIN = new Caller("contoso-tenant", "alice", Set.of(Role.ADMIN_AGENT));
  private static final String CUSTOMER = "c1";
  private static final String SUBSCRIPTION = "s1";
  /** A customer of its own for savings plans, so other tests' usage is not in their hours. */
  private static final String PLAN_CUSTOMER = "c-plans";
  private static final String PLAN_SUBSCRIPTION = "s-plans";
  /** A customer of its own for savings-plan advice: its usage is a week of one VM, nothing else. */
  private static final String ADVICE_CUSTOMER = "c-advice";
  private static final String ADVICE_SUBSCRIPTION = "s-advice";
  private static final List<SavingsPlanRateQuery> RATES_ASKED = new CopyOnWriteArrayList<>();
  private static ServiceTestBed bed;
  private static BusClient bus;

  /** The directory as the usage service sees it: subscription s1 of customer c1 is the caller's, nothing else is. */
  static final class FakeDirectory extends ServiceVerticle {
    FakeDirectory() {
      super(Address.DIRECTORY, "directory");
    }

    @Override
    protected void registerActions() {
      on(DirectoryContract.SUBSCRIPTION_ACCESS, (r, q) -> q.customerId().equals(CUSTOMER) && q.subscriptionId().equals(SUBSCRIPTION)
          || q.customerId().equals(PLAN_CUSTOMER) && q.subscriptionId().equals(PLAN_SUBSCRIPTION)
          || q.customerId().equals(ADVICE_CUSTOMER) && q.subscriptionId().equals(ADVICE_SUBSCRIPTION)
          ? Future.succeededFuture(NoBody.INSTANCE)
          : Future.failedFuture(ApiError.of(404, ErrorCode.NOT_FOUND, "subscription not found", "directory").exception()));
      on(DirectoryContract.CUSTOMER_MARKET, (r, q) -> q.customerId().equals(ADVICE_CUSTOMER)
          ? Future.succeededFuture(new CustomerMarket(q.customerId(), "US"))
          : Future.failedFuture(ApiError.of(404, ErrorCode.NOT_FOUND, "customer not found", "directory").exception()));
    }
  }

  /** The catalog's savings-plan rates: a D2s_v5 in eastus costs 0.096 USD an hour pay-as-you-go, 0.0691 from a 1-year plan. */
  static final class FakeCatalog extends ServiceVerticle {
    FakeCatalog() {
      super(Address.CATALOG, "catalog");
    }

    @Override
    protected void registerActions() {
      on(CatalogContract.SAVINGS_PLAN_RATES, (r, q) -> {
        RATES_ASKED.add(q);
        return Future.succeededFuture(new SavingsPlanRates("USD", q.term(), Instant.now(),
            List.of(new SavingsPlanRates.Rate("eastus", "Standard_D2s_v5", new BigDecimal("0.096"), new BigDecimal("0.0691")))));
      });
    }
  }

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("usage");
    bus = bed.bus;
    bed.deploy(new FakeDirectory());
    bed.deploy(new FakeCatalog());
    bed.deploy(new UsageVerticle(bed.pool, Clock.systemUTC(), 10_000, 100_000));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  private static ApiError refusal(Future<?> answer) throws Exception {
    Throwable e = answer.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
    return e instanceof ApiException api ? api.error() : null;
  }

  private static Future<String> ingest(String subscription, JsonArray items) {
    return ingest(CUSTOMER, subscription, items);
  }

  private static Future<String> ingest(String customer, String subscription, JsonArray items) {
    return bus.request(Address.USAGE, UsageAction.INGEST.name(), new JsonObject().put("items", items).encode(), ADMIN, "t", 60_000,
        Map.of(UsageUpload.CUSTOMER_HEADER, customer, UsageUpload.SUBSCRIPTION_HEADER, subscription));
  }

  private static JsonArray day(LocalDate day, String size) {
    JsonArray items = new JsonArray();
    for (int h = 0; h < 24; h++) {
      items.add(new JsonObject().put("usageStartTime", day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(h)).toString())
          .put("resourceId", "vm-1").put("armSkuName", size).put("armRegionName", "eastus").put("quantity", 1));
    }
    return items;
  }

  private static ReservationChange change(String op, String id, int quantity, long at) {
    JsonObject row = new JsonObject().put("id", id).put("customer_id", CUSTOMER).put("applied_scope_type", "Shared")
        .putNull("applied_subscription").put("arm_region_name", "eastus").put("arm_sku_name", "Standard_D4s_v5").put("quantity", quantity)
        .put("effective_at", "2026-01-01T00:00:00Z").put("expires_at", "2030-01-01T00:00:00Z").put("instance_flexibility", "On");
    return new ReservationChange(op, row.encode(), at, at);
  }

  private static int copied(String id) throws Exception {
    return bed.pool.preparedQuery("SELECT quantity FROM usage.reservation WHERE id = $1").execute(Tuple.of(id))
        .await(30, TimeUnit.SECONDS).iterator().next().getInteger(0);
  }

  @Test
  void theCopyOfReservationsKeepsTheNewestChangeWhateverTheOrder() throws Exception {
    bus.ask(UsageContract.APPLY_RESERVATIONS, new ReservationChanges(List.of(change("INSERT", "r-late", 3, 10), change("UPDATE", "r-late", 1, 30))),
        Caller.SYSTEM, "t").await(30, TimeUnit.SECONDS);
    bus.ask(UsageContract.APPLY_RESERVATIONS, new ReservationChanges(List.of(change("UPDATE", "r-late", 2, 20))), Caller.SYSTEM, "t")
        .await(30, TimeUnit.SECONDS);
    assertEquals(1, copied("r-late"), "the change of 20 came after the one of 30 and was skipped");
    bus.ask(UsageContract.APPLY_RESERVATIONS, new ReservationChanges(List.of(change("DELETE", "r-late", 1, 40))), Caller.SYSTEM, "t")
        .await(30, TimeUnit.SECONDS);
    assertEquals(0, copied("r-late"), "a deleted reservation is in force no more");
    assertEquals(List.of(), ReservationCopy.inForce(bed.pool, CUSTOMER, "eastus", Instant.parse("2026-06-01T00:00:00Z"),
        Instant.parse("2026-06-02T00:00:00Z")).await(30, TimeUnit.SECONDS).stream().filter(s -> s.id().equals("r-late")).toList());
  }

  @Test
  void onlyThePlatformChangesTheCopyOrAsksUtilization() throws Exception {
    Caller operator = new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR));
    assertEquals(403, refusal(bus.ask(UsageContract.APPLY_RESERVATIONS, new ReservationChanges(List.of(change("INSERT", "r-forged", 9, 1))),
        operator, "t")).httpStatus());
    assertEquals(403, refusal(bus.ask(UsageContract.RESERVATION_UTILIZATION, new UtilizationOf(null, null, null, List.of()), ADMIN, "t"))
        .httpStatus());
  }

  @Test
  void usageOfASubscriptionTheDirectoryDoesNotGiveIsRefusedAndNotStored() throws Exception {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(5);
    assertEquals(404, refusal(ingest("someone-elses", day(day, "Standard_D2s_v5"))).httpStatus());
    long stored = bed.pool.query("SELECT count(*) FROM usage.usage_record WHERE subscription_id = 'someone-elses'").execute()
        .await(30, TimeUnit.SECONDS).iterator().next().getLong(0);
    assertEquals(0, stored);
  }

  @Test
  void aSmallerSizeUsesItsShareOfAFlexibleReservation() throws Exception {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    JsonObject stored = new JsonObject(ingest(SUBSCRIPTION, day(day, "Standard_D2s_v5")).await(60, TimeUnit.SECONDS));
    assertEquals(24, stored.getInteger("stored"));
    long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() / 3600;
    ReservationSpec spec = new ReservationSpec("r-flex", null, "eastus", "Standard_D4s_v5", 1, start, start + 24 * 365 * 4);
    ReservationFacts facts = new ReservationFacts("r-flex", "ro-1", CUSTOMER, "eastus", "Standard_D4s_v5", "Shared", null);
    JsonObject page = new JsonObject(bus.ask(UsageContract.RESERVATION_UTILIZATION, new UtilizationOf(facts, day, day, List.of(spec)),
        Caller.SYSTEM, "t").await(30, TimeUnit.SECONDS).json());
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    assertEquals(day.toString(), first.getString("usageDate"));
    assertEquals(0, new BigDecimal("50").compareTo(new BigDecimal(first.getValue("utilizedPercentage").toString())),
        () -> "one D2s_v5 on a D4s_v5 reservation is half of it: " + first);
    assertTrue(ChronoUnit.DAYS.between(day, LocalDate.now(ZoneOffset.UTC)) > 0);
  }

  @Test
  void aWindowTooLongOrBackwardsIsRefused() throws Exception {
    ReservationFacts facts = new ReservationFacts("r-x", "ro-x", CUSTOMER, "eastus", "Standard_D4s_v5", "Shared", null);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertEquals(400, refusal(bus.ask(UsageContract.RESERVATION_UTILIZATION, new UtilizationOf(facts, today, today.minusDays(1), List.of()),
        Caller.SYSTEM, "t")).httpStatus());
    assertEquals(400, refusal(bus.ask(UsageContract.RESERVATION_UTILIZATION, new UtilizationOf(facts, today.minusDays(400), today, List.of()),
        Caller.SYSTEM, "t")).httpStatus());
  }

  // Savings plans: one D2s_v5 running all day costs the plan 0.0691 an hour at its rate.

  private static SavingsPlanUtilization planDay(String id, String hourly, LocalDate day, List<ReservationSpec> inForce) throws Exception {
    SavingsPlanFacts plan = new SavingsPlanFacts(id, PLAN_CUSTOMER, "US", null, new BigDecimal(hourly), Term.P1Y,
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
    return bus.ask(UsageContract.SAVINGS_PLAN_UTILIZATION, new SavingsPlanUtilizationOf(plan, day, day, inForce), Caller.SYSTEM, "t")
        .await(30, TimeUnit.SECONDS);
  }

  private static LocalDate planUsageDay() throws Exception {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(5);
    ingest(PLAN_CUSTOMER, PLAN_SUBSCRIPTION, day(day, "Standard_D2s_v5")).await(60, TimeUnit.SECONDS);
    return day;
  }

  @Test
  void aSavingsPlanSpendsUpToItsCommitmentEachHour() throws Exception {
    LocalDate day = planUsageDay();
    // 0.05 an hour committed: the VM's hour at the plan's rate (0.0691) takes all of it, 24 × 0.05 = 1.2 a day.
    SavingsPlanUtilization small = planDay("sp-small", "0.05", day, List.of());
    assertEquals(1, small.days().size(), () -> "one day in the window: " + small);
    SavingsPlanDay d = small.days().get(0);
    assertEquals(day, d.usageDate());
    assertEquals(0, new BigDecimal("1.2").compareTo(d.committed()), () -> "committed: " + d);
    assertEquals(0, new BigDecimal("1.2").compareTo(d.used()), () -> "used: " + d);
    assertEquals(0, new BigDecimal("100").compareTo(d.utilizedPercentage()), () -> "utilized: " + d);
    assertEquals(List.of(1, 7, 30), small.aggregates().stream().map(UtilizationSummary.Aggregate::grain).toList());
    for (UtilizationSummary.Aggregate a : small.aggregates()) {
      assertEquals("days", a.grainUnit());
      assertEquals("percentage", a.valueUnit());
      assertEquals(0, new BigDecimal("100").compareTo(a.value()), () -> "every average is of that day: " + a);
    }
    SavingsPlanRateQuery asked = RATES_ASKED.get(RATES_ASKED.size() - 1);
    assertEquals("US", asked.country());
    assertEquals(Term.P1Y, asked.term());
    assertEquals(List.of("eastus"), asked.armRegionNames());
    assertEquals(List.of("Standard_D2s_v5"), asked.armSkuNames());

    // 0.1 an hour committed: 0.0691 of it used each hour, 69.10 %; 24 × 0.0691 = 1.6584 of 2.4.
    SavingsPlanDay big = planDay("sp-big", "0.1", day, List.of()).days().get(0);
    assertEquals(0, new BigDecimal("2.4").compareTo(big.committed()), () -> "committed: " + big);
    assertEquals(0, new BigDecimal("1.6584").compareTo(big.used()), () -> "used: " + big);
    assertEquals(0, new BigDecimal("69.10").compareTo(big.utilizedPercentage()), () -> "utilized: " + big);
  }

  @Test
  void reservationsCoverFirstAndLeaveThePlanNothing() throws Exception {
    LocalDate day = planUsageDay();
    long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() / 3600;
    ReservationSpec reservation = new ReservationSpec("r-first", null, "eastus", "Standard_D2s_v5", 1, start, start + 24 * 365 * 4);
    SavingsPlanDay d = planDay("sp-second", "0.05", day, List.of(reservation)).days().get(0);
    assertEquals(0, BigDecimal.ZERO.compareTo(d.used()), () -> "the reservation covered the VM: " + d);
    assertEquals(0, BigDecimal.ZERO.compareTo(d.utilizedPercentage()), () -> "utilized: " + d);
  }

  @Test
  void onlyThePlatformAsksASavingsPlansUtilization() throws Exception {
    SavingsPlanFacts plan = new SavingsPlanFacts("sp-x", PLAN_CUSTOMER, "US", null, new BigDecimal("0.05"), Term.P1Y,
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
    assertEquals(403, refusal(bus.ask(UsageContract.SAVINGS_PLAN_UTILIZATION, new SavingsPlanUtilizationOf(plan, null, null, List.of()),
        ADMIN, "t")).httpStatus());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertEquals(400, refusal(bus.ask(UsageContract.SAVINGS_PLAN_UTILIZATION,
        new SavingsPlanUtilizationOf(plan, today, today.minusDays(1), List.of()), Caller.SYSTEM, "t")).httpStatus());
  }

  private static JsonArray advice(String scope) throws Exception {
    return new JsonObject(bus.ask(UsageContract.SAVINGS_PLAN_RECOMMENDATIONS, new RecommendationQuery(ADVICE_CUSTOMER, scope, 7, Term.P1Y),
        ADMIN, "t").await(60, TimeUnit.SECONDS).json()).getJsonArray("items");
  }

  private static void assertDecimal(String expected, JsonObject json, String field) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(json.getValue(field).toString())), () -> field + " of " + json.encode());
  }

  /**
   * One D2s_v5 running every hour of the last week (168 hours): 0.096 an hour pay-as-you-go, 0.0691 at the 1-year plan's
   * rate. Without a benefit 168 × 0.096 = 16.128. The candidates run from 0.001 to the peak hour's 0.0691 in nine steps
   * of 0.0681 / 9, to the tenth of a cent: 0.001, 0.009, 0.016, 0.024, 0.031, 0.039, 0.046, 0.054, 0.062, 0.069. Each
   * saves c × (0.096 / 0.0691 − 1) an hour, so the largest saves most: 0.069 an hour pays for 0.069 / 0.0691 of the VM's
   * hour, 0.998552 of it to the micro-hour, worth 0.998552 × 0.096 × 168 = 16.104646656 at pay-as-you-go. Benefit cost
   * 0.069 × 168 = 11.592, all of it used; overage 16.128 − 16.104646656 = 0.023353344; total 11.615353344; savings
   * 4.512646656, 27.98 % of 16.128; coverage 99.8552 %.
   */
  @Test
  void aSteadyVmIsBestServedByAPlanOfAlmostItsHourAtThePlansRate() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    for (int h = 168; h > 0; h--) {
      items.add(new JsonObject().put("usageStartTime", now.minus(Duration.ofHours(h)).toString()).put("resourceId", "vm-1")
          .put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1));
    }
    ingest(ADVICE_CUSTOMER, ADVICE_SUBSCRIPTION, items).await(60, TimeUnit.SECONDS);

    JsonArray shared = advice("Shared");
    assertEquals(1, shared.size(), shared::encode);
    JsonObject p = shared.getJsonObject(0).getJsonObject("properties");
    assertEquals("SavingsPlan", shared.getJsonObject(0).getString("kind"));
    assertEquals("Last7Days", p.getString("lookBackPeriod"));
    assertEquals("P1Y", p.getString("term"));
    assertEquals("Shared", p.getString("scope"));
    assertEquals("Hourly", p.getString("commitmentGranularity"));
    assertEquals("USD", p.getString("currencyCode"));
    assertEquals("Compute_Savings_Plan", p.getString("armSkuName"));
    assertEquals(168, p.getInteger("totalHours"));
    assertEquals(now.minus(Duration.ofHours(168)).toString(), p.getString("firstConsumptionDate"));
    assertEquals(now.minus(Duration.ofHours(1)).toString(), p.getString("lastConsumptionDate"));
    assertDecimal("16.13", p, "costWithoutBenefit");
    JsonObject best = p.getJsonObject("recommendationDetails");
    assertDecimal("0.069", best, "commitmentAmount");
    assertDecimal("11.59", best, "benefitCost");
    assertDecimal("0.02", best, "overageCost");
    assertDecimal("11.62", best, "totalCost");
    assertDecimal("4.51", best, "savingsAmount");
    assertDecimal("27.98", best, "savingsPercentage");
    assertDecimal("99.86", best, "coveragePercentage");
    assertDecimal("100", best, "averageUtilizationPercentage");
    assertDecimal("0", best, "wastageCost");
    JsonArray others = p.getJsonObject("allRecommendationDetails").getJsonArray("value");
    assertEquals(List.of("0.001", "0.009", "0.016", "0.024", "0.031", "0.039", "0.046", "0.054", "0.062"),
        others.stream().map(o -> new BigDecimal(((JsonObject) o).getValue("commitmentAmount").toString()).toPlainString()).toList());

    JsonArray single = advice("Single");
    assertEquals(1, single.size(), single::encode);
    assertEquals(ADVICE_SUBSCRIPTION, single.getJsonObject(0).getJsonObject("properties").getString("subscriptionId"));
    assertDecimal("0.069", single.getJsonObject(0).getJsonObject("properties").getJsonObject("recommendationDetails"), "commitmentAmount");

    // A reservation of the VM's size covers it first: nothing is left for a plan.
    JsonObject row = new JsonObject().put("id", "r-advice").put("customer_id", ADVICE_CUSTOMER).put("applied_scope_type", "Shared")
        .putNull("applied_subscription").put("arm_region_name", "eastus").put("arm_sku_name", "Standard_D2s_v5").put("quantity", 1)
        .put("effective_at", "2026-01-01T00:00:00Z").put("expires_at", "2030-01-01T00:00:00Z").put("instance_flexibility", "On");
    bus.ask(UsageContract.APPLY_RESERVATIONS, new ReservationChanges(List.of(new ReservationChange("INSERT", row.encode(), 1, 1))),
        Caller.SYSTEM, "t").await(30, TimeUnit.SECONDS);
    assertEquals(0, advice("Shared").size(), "the reservation left nothing to advise on");
  }
}
