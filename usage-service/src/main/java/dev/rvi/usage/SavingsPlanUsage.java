package dev.rvi.usage;

import dev.rvi.domain.benefit.SavingsPlanRates;
import dev.rvi.domain.benefit.UsageBatch;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.SavingsPlanRateQuery;
import dev.rvi.domain.catalog.Term;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A customer's usage of a window as savings plans are weighed over it: the engine's batch, and the regions, sizes and
 * subscriptions that ran; with the catalog's savings-plan rates for those regions and sizes.
 */
record SavingsPlanUsage(UsageBatch batch, Set<String> regions, Set<String> sizes, Set<String> subscriptions) {

  /** The customer's usage in [from, until), read into the engine's batch on a worker: there may be many rows. */
  static Future<SavingsPlanUsage> load(Vertx vertx, BenefitRuns runs, String customerId, Instant from, Instant until) {
    return runs.usage(customerId, null, from, until).compose(rows -> vertx.executeBlocking(() -> of(runs, rows), false));
  }

  private static SavingsPlanUsage of(BenefitRuns runs, Iterable<Row> rows) {
    Set<String> regions = new TreeSet<>();
    Set<String> sizes = new TreeSet<>();
    Set<String> subscriptions = new TreeSet<>();
    for (Row row : rows) {
      UsageSum u = UsageSumMapper.of(row);
      regions.add(u.armRegionName().toLowerCase(Locale.ROOT));
      sizes.add(u.armSkuName());
      subscriptions.add(u.subscriptionId());
    }
    return new SavingsPlanUsage(runs.batch(rows), regions, sizes, subscriptions);
  }

  /** The catalog's rates of the term for the regions and sizes that ran, in the market of {@code country}. */
  Future<Prices> prices(BusClient bus, String country, Term term, String requestId) {
    SavingsPlanRates rates = new SavingsPlanRates();
    Map<String, BigDecimal> payAsYouGo = new HashMap<>();
    if (regions.isEmpty()) {
      return Future.succeededFuture(new Prices(null, rates, payAsYouGo));
    }
    return bus.ask(CatalogContract.SAVINGS_PLAN_RATES, new SavingsPlanRateQuery(country, List.copyOf(regions), List.copyOf(sizes), term,
        null), Caller.SYSTEM, requestId).map(answer -> {
          for (var r : answer.rates()) {
            if (r.paygHourly() != null && r.paygHourly().signum() > 0) {
              payAsYouGo.put(Prices.key(r.armRegionName(), r.armSkuName()), r.paygHourly());
            }
            if (r.paygHourly() != null && r.savingsPlanHourly() != null && r.paygHourly().signum() > 0 && r.savingsPlanHourly().signum() > 0) {
              rates.put(r.armRegionName(), r.armSkuName(), term, r.paygHourly(), r.savingsPlanHourly());
            }
          }
          return new Prices(answer.currencyCode(), rates, payAsYouGo);
        });
  }

  /**
   * The rates the engine weighs with, the currency they are in (null when no region ran), and the pay-as-you-go rate of
   * every size sold so in a region that ran, savings plan or not.
   */
  record Prices(String currencyCode, SavingsPlanRates rates, Map<String, BigDecimal> payAsYouGo) {

    /** An hour of the size in the region at pay-as-you-go, or null when the catalog sells none. */
    BigDecimal payAsYouGo(String armRegionName, String armSkuName) {
      return payAsYouGo.get(key(armRegionName, armSkuName));
    }

    private static String key(String armRegionName, String armSkuName) {
      return armRegionName.toLowerCase(Locale.ROOT) + "|" + armSkuName.toLowerCase(Locale.ROOT);
    }
  }
}
