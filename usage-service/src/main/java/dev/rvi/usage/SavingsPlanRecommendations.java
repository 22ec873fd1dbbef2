package dev.rvi.usage;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.usage.RecommendationQuery;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * What savings plan a customer should buy: over the look-back hours, its usage through the reservations in force (this
 * service's copy of them), then candidate plans over what they leave ({@link SavingsPlanAdvisor}); one recommendation for
 * Shared scope, or one per subscription with usage for Single.
 */
final class SavingsPlanRecommendations {
  private final Vertx vertx;
  private final Clock clock;
  private final BenefitRuns runs;
  private final BusClient bus;

  SavingsPlanRecommendations(Vertx vertx, Clock clock, BenefitRuns runs, BusClient bus) {
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
                    // Ten engine runs per scope over up to 60 days: CPU work, on a worker.
                    .compose(prices -> vertx.executeBlocking(() -> {
                      SavingsPlanAdvisor advisor = new SavingsPlanAdvisor(inForce, prices.rates(), usage.batch(), fromHour, toHour, q.term());
                      List<String> scopes = "Single".equals(q.scope()) ? List.copyOf(usage.subscriptions()) : Collections.singletonList(null);
                      JsonArray items = new JsonArray();
                      for (String subscription : scopes) {
                        SavingsPlanAdvice advice = advisor.advise(subscription);
                        if (advice != null) {
                          items.add(SavingsPlanRecommendationView.of(advice, q, prices.currencyCode()));
                        }
                      }
                      return CollectionPage.of(items);
                    }, false)))));
  }

}
