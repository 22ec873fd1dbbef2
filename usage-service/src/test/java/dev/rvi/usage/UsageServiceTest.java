package dev.rvi.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.usage.ReservationChange;
import dev.rvi.domain.usage.ReservationChanges;
import dev.rvi.domain.usage.ReservationFacts;
import dev.rvi.domain.usage.UsageAction;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsageUpload;
import dev.rvi.domain.usage.UtilizationOf;
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
          ? Future.succeededFuture(NoBody.INSTANCE)
          : Future.failedFuture(ApiError.of(404, ErrorCode.NOT_FOUND, "subscription not found", "directory").exception()));
    }
  }

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("usage");
    bus = bed.bus;
    bed.deploy(new FakeDirectory());
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
    return bus.request(Address.USAGE, UsageAction.INGEST.name(), new JsonObject().put("items", items).encode(), ADMIN, "t", 60_000,
        Map.of(UsageUpload.CUSTOMER_HEADER, CUSTOMER, UsageUpload.SUBSCRIPTION_HEADER, subscription));
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
}
