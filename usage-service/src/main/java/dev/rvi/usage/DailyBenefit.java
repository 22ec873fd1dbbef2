package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.benefit.DailyUtilization;
import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.text.Digests;
import dev.rvi.domain.usage.ReservationFacts;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each reservation's utilization per day, rolled up (usage.reservation_day) so that a reservation's overview and
 * its daily utilization do not run the benefit engine over weeks of usage on every read.
 *
 * <p>A day's roll-up holds while two things are as they were when it was computed: the day's usage (its
 * generation, which every ingest of usage of that day bumps) and the reservations in force that day (a digest
 * of them; today's digest also names the hour the day was computed to). Days that do not hold run through the
 * engine again, on a worker, and are stored: after an ingest, a purchase, a refund or an exchange that changes
 * a day, its first read recomputes it; every other read is one query (an overview brings the reservations in
 * force with it, and so does a daily utilization). Uploads have the days they touched
 * recomputed in the background ({@link RollupRefresh}), so even that first read usually finds them ready.
 */
final class DailyBenefit {
  private static final long DAY_HOURS = 24;

  private final Pool pool;
  private final BenefitRuns runs;

  DailyBenefit(Pool pool, BenefitRuns runs) {
    this.pool = pool;
    this.runs = runs;
  }

  /**
   * The reservation's days from {@code first} to the hour {@code to} (today's day is partial), with the reservations in
   * force that the order service sends with its question.
   */
  Future<List<DailyUtilization>> days(ReservationFacts reservation, LocalDate first, Instant to, List<ReservationSpec> specs) {
    LocalDate last = LocalDate.ofInstant(to.minusSeconds(1), ZoneOffset.UTC);
    String customer = reservation.customerId();
    String region = reservation.armRegionName();
    return pool.preparedQuery(UsageSql.ROLLUP_READ)
        .execute(Tuple.of(customer, region, first, last, reservation.id()))
        .compose(rows -> {
          Map<LocalDate, String> digests = digests(specs, first, last, to);
          Map<LocalDate, Long> generations = new HashMap<>();
          List<DailyUtilization> days = new ArrayList<>();
          LocalDate staleFrom = null;
          LocalDate staleTo = null;
          for (Row row : rows) {
            UsageDay usage = UsageDayMapper.of(row);
            LocalDate day = usage.day();
            generations.put(day, usage.generation());
            if (!usage.holds(digests.get(day))) {
              staleFrom = staleFrom == null ? day : staleFrom;
              staleTo = day;
            } else {
              ReservationDayMapper.of(row).ifPresent(days::add);
            }
          }
          if (staleFrom == null) {
            return Future.succeededFuture(days);
          }
          LocalDate recomputeFrom = staleFrom;
          LocalDate recomputeTo = staleTo;
          return recompute(customer, region, specs, recomputeFrom, recomputeTo, to, generations, digests).map(computed -> {
            List<DailyUtilization> merged = new ArrayList<>();
            days.stream().filter(d -> d.usageDate().isBefore(recomputeFrom) || d.usageDate().isAfter(recomputeTo)).forEach(merged::add);
            merged.addAll(computed.getOrDefault(reservation.id(), List.of()));
            merged.sort((a, b) -> a.usageDate().compareTo(b.usageDate()));
            return merged;
          });
        });
  }

  /** After an ingest: the days it touched, recomputed for every reservation of the customer in the region. */
  Future<Void> refresh(String customer, String region, LocalDate first, LocalDate last, Instant now) {
    Instant from = first.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = end.isAfter(now) ? now : end;
    if (!to.isAfter(from)) {
      return Future.succeededFuture();
    }
    LocalDate lastDay = LocalDate.ofInstant(to.minusSeconds(1), ZoneOffset.UTC);
    return runs.inForce(customer, region, from, to).compose(specs -> pool.preparedQuery(UsageSql.ROLLUP_GENERATIONS)
        .execute(Tuple.of(customer, region, first, lastDay))
        .compose(rows -> {
          Map<LocalDate, Long> generations = new HashMap<>();
          rows.forEach(r -> {
            UsageDay usage = UsageDayMapper.of(r);
            generations.put(usage.day(), usage.generation());
          });
          return recompute(customer, region, specs, first, lastDay, to, generations, digests(specs, first, lastDay, to));
        }))
        .mapEmpty();
  }

  /**
   * Runs the engine over the days and stores them. The generations were read before the engine reads the usage,
   * so a day whose usage changes meanwhile is stored but not marked as holding: the next read computes it again.
   */
  private Future<Map<String, List<DailyUtilization>>> recompute(String customer, String region, List<ReservationSpec> specs,
      LocalDate first, LocalDate last, Instant to, Map<LocalDate, Long> generations, Map<LocalDate, String> digests) {
    Instant from = first.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant until = end.isAfter(to) ? to : end;
    return runs.run(customer, region, specs, from, until).compose(run -> {
      Map<String, List<DailyUtilization>> byReservation = byReservation(run, specs);
      List<String> ids = new ArrayList<>();
      List<LocalDate> dates = new ArrayList<>();
      List<String> reserved = new ArrayList<>();
      List<String> used = new ArrayList<>();
      List<String> utilized = new ArrayList<>();
      List<String> low = new ArrayList<>();
      List<String> mean = new ArrayList<>();
      List<String> high = new ArrayList<>();
      byReservation.forEach((id, days) -> days.forEach(d -> {
        ids.add(id);
        dates.add(d.usageDate());
        reserved.add(d.reservedHours().toPlainString());
        used.add(d.usedHours().toPlainString());
        utilized.add(d.utilizedPercentage().toPlainString());
        low.add(d.minUtilizationPercentage().toPlainString());
        mean.add(d.avgUtilizationPercentage().toPlainString());
        high.add(d.maxUtilizationPercentage().toPlainString());
      }));
      List<LocalDate> markedDays = new ArrayList<>();
      List<Long> markedGenerations = new ArrayList<>();
      List<String> markedDigests = new ArrayList<>();
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        markedDays.add(day);
        markedGenerations.add(generations.getOrDefault(day, 0L));
        markedDigests.add(digests.get(day));
      }
      return pool.withTransaction(conn -> conn.preparedQuery(UsageSql.ROLLUP_CLEAR).execute(Tuple.of(customer, region, first, last))
              .compose(v -> conn.preparedQuery(UsageSql.ROLLUP_WRITE).execute(Tuple.of(customer, region,
                  ids.toArray(String[]::new), dates.toArray(LocalDate[]::new), reserved.toArray(String[]::new), used.toArray(String[]::new),
                  utilized.toArray(String[]::new), low.toArray(String[]::new), mean.toArray(String[]::new), high.toArray(String[]::new))))
              .compose(v -> conn.preparedQuery(UsageSql.ROLLUP_MARK).execute(Tuple.of(customer, region,
                  markedDays.toArray(LocalDate[]::new), markedGenerations.toArray(Long[]::new), markedDigests.toArray(String[]::new)))))
          .map(v -> byReservation);
    });
  }

  private static Map<String, List<DailyUtilization>> byReservation(BenefitResult run, List<ReservationSpec> specs) {
    Map<String, List<DailyUtilization>> out = new HashMap<>();
    for (ReservationSpec spec : specs) {
      if (run.covers(spec.id())) {
        out.put(spec.id(), DailyUtilization.of(run.hoursOf(spec.id())));
      }
    }
    return out;
  }

  /** Per day, a digest of the reservations in force that day (and for the last day, the hour it runs to). */
  private static Map<LocalDate, String> digests(List<ReservationSpec> specs, LocalDate first, LocalDate last, Instant to) {
    Map<LocalDate, String> out = new HashMap<>();
    List<ReservationSpec> sorted = new ArrayList<>(specs);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      long startHour = day.atStartOfDay().toEpochSecond(ZoneOffset.UTC) / 3600;
      long endHour = Math.min(startHour + DAY_HOURS, to.getEpochSecond() / 3600);
      StringBuilder text = new StringBuilder().append(endHour - startHour);
      for (ReservationSpec s : sorted) {
        if (s.startHour() < endHour && s.endHour() > startHour) {
          text.append('|').append(s.id()).append(',').append(s.subscriptionId()).append(',').append(s.armSkuName()).append(',')
              .append(s.quantity()).append(',').append(Math.max(s.startHour(), startHour)).append(',').append(Math.min(s.endHour(), endHour))
              .append(s.exactSize() ? ",exact" : "");
        }
      }
      out.put(day, Digests.sha256Hex(text.toString()));
    }
    return out;
  }
}
