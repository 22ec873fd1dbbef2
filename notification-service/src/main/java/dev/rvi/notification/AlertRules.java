package dev.rvi.notification;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.notification.AlertRuleCreate;
import dev.rvi.domain.notification.EventBatch;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.notification.ReservationUtilizations;
import dev.rvi.domain.notification.UtilizationScope;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Utilization alert rules, as Azure offers them: {@code utilization.low} when a reservation's average over the last 7
 * or 30 days is under a threshold, looked at daily, weekly or monthly by a job that follows the platform clock. Each
 * look is claimed (two nodes never look at one rule together) and an alert's id is made from the rule, the
 * reservation and the day of the look, so one look never tells of a reservation twice.
 */
final class AlertRules {
  private static final Logger LOG = LoggerFactory.getLogger(AlertRules.class);
  private static final Map<String, Integer> WINDOWS = Map.of("P7D", 7, "P30D", 30);
  private static final List<String> FREQUENCIES = List.of("daily", "weekly", "monthly");

  private final Pool pool;
  private final Clock clock;
  private final BusClient bus;
  private final EventFeed feed;

  AlertRules(Pool pool, Clock clock, BusClient bus, EventFeed feed) {
    this.pool = pool;
    this.clock = clock;
    this.bus = bus;
    this.feed = feed;
  }

  Future<JsonObject> create(String partnerId, AlertRuleCreate q) {
    String type = q.type() == null ? EventTypes.UTILIZATION_LOW : q.type();
    if (!type.equals(EventTypes.UTILIZATION_LOW)) {
      throw Errors.badRequest("notification", "type must be utilization.low (the one kind of alert rule)");
    }
    BigDecimal threshold = q.thresholdPercent();
    if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0 || threshold.scale() > 2) {
      throw Errors.badRequest("notification", "thresholdPercent is required: a percentage above 0 and at most 100, e.g. 80");
    }
    String window = q.window() == null ? "P7D" : q.window();
    if (!WINDOWS.containsKey(window)) {
      throw Errors.badRequest("notification", "window must be P7D or P30D (the average over the last 7 or 30 days)");
    }
    String frequency = q.frequency() == null ? "daily" : q.frequency();
    if (!FREQUENCIES.contains(frequency)) {
      throw Errors.badRequest("notification", "frequency must be daily, weekly or monthly");
    }
    List<String> customers = q.customerIds() == null ? List.of() : q.customerIds();
    String id = "ar_" + UUID.randomUUID().toString().replace("-", "");
    return pool.preparedQuery(NotificationSql.RULE_INSERT).execute(Tuple.from(new Object[] {id, partnerId, type, threshold,
            WINDOWS.get(window), frequency, customers.toArray(String[]::new), OffsetDateTime.now(clock)}))
        .compose(v -> get(partnerId, id));
  }

  Future<JsonObject> list(String partnerId) {
    return pool.preparedQuery(NotificationSql.RULES).execute(Tuple.of(partnerId)).map(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(row -> items.add(AlertRuleView.of(AlertRuleMapper.of(row))));
      return CollectionPage.of(items);
    });
  }

  Future<JsonObject> get(String partnerId, String id) {
    return pool.preparedQuery(NotificationSql.RULE).execute(Tuple.of(id, partnerId)).map(rows -> {
      if (rows.size() == 0) {
        throw Errors.notFound("notification", "alert rule " + id + " not found");
      }
      return AlertRuleView.of(AlertRuleMapper.of(rows.iterator().next()));
    });
  }

  Future<JsonObject> delete(String partnerId, String id) {
    return pool.preparedQuery(NotificationSql.RULE_DELETE).execute(Tuple.of(id, partnerId)).map(rows -> {
      if (rows.rowCount() == 0) {
        throw Errors.notFound("notification", "alert rule " + id + " not found");
      }
      return new JsonObject();
    });
  }

  /** Looks at every rule due now, batch after batch; answers how many alerts were new. */
  Future<Integer> runDue() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return pool.preparedQuery(NotificationSql.RULES_DUE).execute(Tuple.of(now)).compose(rules -> {
      if (rules.size() == 0) {
        return Future.succeededFuture(0);
      }
      return each(rules, now).compose(n -> runDue().map(more -> n + more));
    });
  }

  private Future<Integer> each(RowSet<Row> rows, OffsetDateTime now) {
    Future<Integer> chain = Future.succeededFuture(0);
    for (Row row : rows) {
      AlertRule rule = AlertRuleMapper.of(row);
      chain = chain.compose(n -> evaluate(rule, now).map(m -> n + m).recover(e -> {
        LOG.warn("alert rule {} waits for its next run: {}", rule.id(), e.getMessage());
        return pool.preparedQuery(NotificationSql.RULE_RELEASE).execute(Tuple.of(rule.id())).map(n);
      }));
    }
    return chain;
  }

  private Future<Integer> evaluate(AlertRule rule, OffsetDateTime now) {
    LocalDate day = now.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    return bus.ask(OrderContract.UTILIZATION_FOR_ALERTS, new UtilizationScope(rule.partnerId(), rule.customerIds(), rule.windowDays()),
            Caller.SYSTEM, "alerts")
        .compose(found -> {
          List<PartnerEvent> alerts = new ArrayList<>();
          for (ReservationUtilizations.Item r : found.reservations()) {
            if (r.averagePercent() != null && r.averagePercent().compareTo(rule.thresholdPercent()) < 0) {
              alerts.add(alert(rule, day, now.toInstant(), r));
            }
          }
          Future<Integer> recorded = alerts.isEmpty() ? Future.succeededFuture(0) : feed.record(new EventBatch(alerts)).map(n -> n.recorded());
          return recorded.compose(n -> pool.preparedQuery(NotificationSql.RULE_EVALUATED).execute(Tuple.of(rule.id(), now)).map(n));
        });
  }

  private static PartnerEvent alert(AlertRule rule, LocalDate day, Instant at, ReservationUtilizations.Item r) {
    String id = "evt_" + UUID.nameUUIDFromBytes((rule.id() + "|" + r.reservationId() + "|" + day).getBytes(StandardCharsets.UTF_8))
        .toString().replace("-", "");
    JsonObject data = new JsonObject().put("alertRuleId", rule.id());
    if (ReservationUtilizations.Item.SAVINGS_PLAN.equals(r.benefitType())) {
      data.put("benefitType", r.benefitType()).put("savingsPlanId", r.reservationId()).put("savingsPlanOrderId", r.reservationOrderId());
    } else {
      data.put("reservationId", r.reservationId()).put("reservationOrderId", r.reservationOrderId());
    }
    data.put("displayName", r.displayName()).put("skuName", r.armSkuName())
        .put("location", r.armRegionName()).put("quantity", r.quantity()).put("window", rule.window())
        .put("averageUtilizationPercent", r.averagePercent()).put("thresholdPercent", rule.thresholdPercent());
    return new PartnerEvent(id, EventTypes.UTILIZATION_LOW, rule.partnerId(), r.resellerPartnerId(), r.customerId(), at, data.encode());
  }
}
