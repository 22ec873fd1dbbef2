package dev.rvi.billing;

import dev.rvi.domain.billing.MarginQuery;
import dev.rvi.domain.bus.Caller;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The margin report of the caller's partner: what it earned from the tier below it (its statements issued) against what
 * the same charges cost it (Microsoft's invoice lines for the partner Microsoft bills, its provider's statement for a
 * reseller), summed in SQL.
 */
public final class Margins {
  private final Pool pool;
  private final Clock clock;
  private final CallerPartner partners;

  public Margins(Pool pool, Clock clock, CallerPartner partners) {
    this.pool = pool;
    this.clock = clock;
    this.partners = partners;
  }

  public Future<JsonObject> report(Caller caller, MarginQuery query, String requestId) {
    MonthRange range = MonthRange.parse(query.from(), query.to());
    return partners.of(caller, requestId).compose(partner ->
        pool.preparedQuery(BillingSql.MARGINS).execute(Tuple.of(partner.id(), range.start(), range.end(), clock.instant().atOffset(ZoneOffset.UTC)))
            .map(rows -> {
              List<MarginGroup> groups = new ArrayList<>();
              for (Row r : rows) {
                groups.add(TierChargeMapper.margin(r));
              }
              return MarginView.of(partner.id(), range, groups);
            }));
  }
}
