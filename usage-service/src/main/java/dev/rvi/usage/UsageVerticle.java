package dev.rvi.usage;

import dev.rvi.domain.benefit.FlexibilityTable;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.usage.UsageAction;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsageUpload;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;

/** Answers the usage service's event-bus actions. */
public final class UsageVerticle extends ServiceVerticle {
  private static final FlexibilityTable FLEXIBILITY = FlexibilityTable.bundled();
  private final Pool pool;
  private final Clock clock;
  private final long busTimeoutMs;
  private final int maxRecords;

  public UsageVerticle(Pool pool, Clock clock, long busTimeoutMs, int maxRecords) {
    super(Address.USAGE, "usage");
    this.pool = pool;
    this.clock = clock;
    this.busTimeoutMs = busTimeoutMs;
    this.maxRecords = maxRecords;
  }

  @Override
  protected void registerActions() {
    UsageAnalytics usage = new UsageAnalytics(vertx, pool, clock, FLEXIBILITY, new BusClient(vertx, busTimeoutMs), maxRecords);
    on(UsageAction.INGEST.name(), r -> usage.ingest(r.caller(), new UsageUpload(r.header(UsageUpload.CUSTOMER_HEADER),
        r.header(UsageUpload.SUBSCRIPTION_HEADER), r.text()), r.requestId()));
    onPlatform(UsageContract.RESERVATION_UTILIZATION, (r, q) -> usage.utilization(q).map(Document::from));
    onPlatform(UsageContract.SAVINGS_PLAN_UTILIZATION, (r, q) -> usage.savingsPlanUtilization(q, r.requestId()));
    onPlatform(UsageContract.SAVINGS_PLAN_HOURS, (r, q) -> usage.savingsPlanHours(q, r.requestId()));
    onPlatform(UsageContract.SAVINGS_PLAN_OVERVIEWS, (r, q) -> usage.savingsPlanOverviews(q, r.requestId()));
    onPlatform(UsageContract.RESERVATION_HOURS, (r, q) -> usage.reservationHours(q).map(Document::from));
    on(UsageContract.RECOMMENDATIONS, (r, q) -> usage.recommendations(r.caller(), q, r.requestId()).map(Document::from));
    on(UsageContract.SAVINGS_PLAN_RECOMMENDATIONS, (r, q) -> usage.savingsPlanRecommendations(r.caller(), q, r.requestId()).map(Document::from));
    on(UsageContract.BENEFIT_COMPARISON, (r, q) -> usage.benefitComparison(r.caller(), q, r.requestId()).map(Document::from));
    onPlatform(UsageContract.RESERVATION_OVERVIEW, (r, q) -> usage.overview(q.reservation(), q.inForce()));
    onPlatform(UsageContract.USED_SINCE, (r, q) -> usage.usedSince(q));
    ReservationCopy copy = new ReservationCopy(pool);
    onPlatform(UsageContract.APPLY_RESERVATIONS, (r, q) -> copy.apply(q));
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
