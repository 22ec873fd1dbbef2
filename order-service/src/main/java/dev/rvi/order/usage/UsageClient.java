package dev.rvi.order.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.usage.OverviewQuery;
import dev.rvi.domain.usage.ReservationFacts;
import dev.rvi.domain.usage.ReservationHoursOf;
import dev.rvi.domain.usage.SavingsPlanHours;
import dev.rvi.domain.usage.SavingsPlanHoursOf;
import dev.rvi.domain.usage.SavingsPlanOverviewsOf;
import dev.rvi.domain.usage.SavingsPlanUtilization;
import dev.rvi.domain.usage.SavingsPlanUtilizationOf;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsedSince;
import dev.rvi.domain.usage.UsedSinceQuery;
import dev.rvi.domain.usage.UtilizationOf;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.reservation.UsageProbe;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the order service asks the usage service: a reservation's utilization for its overview and by day, and
 * whether it was used so far (the refund policy's first days). Asked on the platform's own account, with the facts
 * of the reservation in the question.
 */
public final class UsageClient implements UsageProbe {
  private static final Logger LOG = LoggerFactory.getLogger(UsageClient.class);
  private final BusClient bus;

  public UsageClient(BusClient bus) {
    this.bus = bus;
  }

  public static ReservationFacts facts(Reservation r) {
    return new ReservationFacts(r.id(), r.reservationOrderId(), r.customerId(), r.armRegionName(), r.armSkuName(), r.appliedScopeType(),
        r.appliedSubscription());
  }

  /** The overview's utilization; while the usage service cannot answer, the overview shows none rather than failing. */
  public Future<JsonObject> overview(Reservation reservation, List<ReservationSpec> inForce) {
    return bus.ask(UsageContract.RESERVATION_OVERVIEW, new OverviewQuery(facts(reservation), inForce), Caller.SYSTEM, "overview")
        // Shown as it is, nulls included (a trend or an average there is nothing to compute from).
        .map(summary -> new JsonObject(ContractJson.encode(summary)))
        .otherwise(e -> {
          LOG.warn("utilization of reservation {} not shown: {}", reservation.id(), e.getMessage());
          return null;
        });
  }

  /** Daily utilization of a reservation the caller was checked to read. */
  public Future<Document> utilization(UtilizationOf question, String requestId) {
    return bus.ask(UsageContract.RESERVATION_UTILIZATION, question, Caller.SYSTEM, requestId);
  }

  /** Daily utilization of a savings plan the caller was checked to read. */
  public Future<SavingsPlanUtilization> savingsPlanUtilization(SavingsPlanUtilizationOf question, String requestId) {
    return bus.ask(UsageContract.SAVINGS_PLAN_UTILIZATION, question, Caller.SYSTEM, requestId);
  }

  /** Hourly utilization of a savings plan the caller was checked to read. */
  public Future<SavingsPlanHours> savingsPlanHours(SavingsPlanHoursOf question, String requestId) {
    return bus.ask(UsageContract.SAVINGS_PLAN_HOURS, question, Caller.SYSTEM, requestId);
  }

  /** Hourly utilization of a reservation the caller was checked to read. */
  public Future<Document> reservationHours(ReservationHoursOf question, String requestId) {
    return bus.ask(UsageContract.RESERVATION_HOURS, question, Caller.SYSTEM, requestId);
  }

  /**
   * The aggregates of a page of plans, by plan id, in the shape of a plan's view; while the usage service cannot answer,
   * none (the page shows the placeholder) rather than failing.
   */
  public Future<Map<String, JsonObject>> savingsPlanOverviews(SavingsPlanOverviewsOf question) {
    return bus.ask(UsageContract.SAVINGS_PLAN_OVERVIEWS, question, Caller.SYSTEM, "overview")
        .map(answer -> {
          Map<String, JsonObject> out = new HashMap<>();
          answer.plans().forEach(item -> out.put(item.savingsPlanId(),
              new JsonObject().putNull("trend").put("aggregates", new JsonArray(ContractJson.encode(item.aggregates())))));
          return out;
        })
        .otherwise(e -> {
          LOG.warn("utilization of {} savings plans not shown: {}", question.plans().size(), e.getMessage());
          return Map.of();
        });
  }

  /** A savings plan's aggregates for its view; while the usage service cannot answer, the view shows none rather than failing. */
  public Future<JsonObject> savingsPlanOverview(SavingsPlanUtilizationOf question) {
    return savingsPlanUtilization(question, "overview")
        // No trend yet: the averages only, as a reservation's overview shows them.
        .map(u -> new JsonObject().putNull("trend").put("aggregates", new JsonArray(ContractJson.encode(u.aggregates()))))
        .otherwise(e -> {
          LOG.warn("utilization of savings plan {} not shown: {}", question.plan().id(), e.getMessage());
          return null;
        });
  }

  @Override
  public Future<Boolean> usedSince(Reservation reservation, Instant from, Instant to) {
    return bus.ask(UsageContract.USED_SINCE, new UsedSinceQuery(facts(reservation), from, to), Caller.SYSTEM, "refund")
        .map(UsedSince::used);
  }
}
