package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.GroupPriceQuery;
import dev.rvi.domain.catalog.GroupPrices;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.usage.RecommendationQuery;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The advised reservations, the advised savings plan and the best mix of both, over the same look-back hours and the
 * reservations in force (this service's copy of them), side by side ({@link ComparisonAdvisor}).
 */
final class BenefitComparisons {
  private final Vertx vertx;
  private final Clock clock;
  private final BenefitRuns runs;
  private final BusClient bus;

  BenefitComparisons(Vertx vertx, Clock clock, BenefitRuns runs, BusClient bus) {
    this.vertx = vertx;
    this.clock = clock;
    this.runs = runs;
    this.bus = bus;
  }

  Future<JsonObject> of(Caller caller, RecommendationQuery q, String requestId) {
    Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant from = to.minus(Duration.ofDays(q.lookBackDays()));
    long fromHour = from.getEpochSecond() / 3600;
    long toHour = to.getEpochSecond() / 3600;
    return bus.ask(DirectoryContract.CUSTOMER_MARKET, new CustomerRef(q.customerId()), caller, requestId)
        .compose(customer -> runs.inForce(q.customerId(), null, from, to)
            .compose(inForce -> SavingsPlanUsage.load(vertx, runs, q.customerId(), from, to)
                .compose(usage -> usage.prices(bus, customer.country(), q.term(), requestId)
                    .compose(prices -> vertx.executeBlocking(() -> ComparisonAdvisor.uncovered(inForce, usage.batch(), fromHour, toHour), false)
                        .compose(uncovered -> priced(uncovered, customer.country(), q, requestId))
                        // Some thirty engine runs over up to 60 days: CPU work, on a worker.
                        .compose(priced -> vertx.executeBlocking(() -> BenefitComparisonView.of(
                            new ComparisonAdvisor(inForce, usage, prices, fromHour, toHour, q.term()).compare(priced), q, prices.currencyCode()),
                            false))))));
  }

  /** Each group's reservation prices for the term, as sizing recommendations ask them; groups sold no reservation left out. */
  private Future<List<ComparisonAdvisor.Priced>> priced(List<BenefitResult.Uncovered> uncovered, String country, RecommendationQuery q,
                                                        String requestId) {
    List<Future<GroupPrices>> asked = new ArrayList<>();
    for (BenefitResult.Uncovered u : uncovered) {
      asked.add(bus.ask(CatalogContract.GROUP_PRICES, new GroupPriceQuery(country, u.region(), u.group(), q.term()), Caller.SYSTEM, requestId)
          .recover(e -> e instanceof ApiException api && api.error().httpStatus() == 404 ? Future.succeededFuture(null) : Future.failedFuture(e)));
    }
    return Future.all(asked).map(all -> {
      List<ComparisonAdvisor.Priced> out = new ArrayList<>();
      for (int i = 0; i < uncovered.size(); i++) {
        GroupPrices p = asked.get(i).result();
        if (p != null && p.purchasable()) {
          out.add(new ComparisonAdvisor.Priced(uncovered.get(i), p));
        }
      }
      return out;
    });
  }
}
