package dev.rvi.order.savingsplan;

import dev.rvi.domain.json.Jsons;
import dev.rvi.order.quote.QuoteSessions;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;

/** The one mapping of a row of {@code orders.trade_in_session} (whichever of its columns the query read). */
final class TradeInSessionMapper {
  private TradeInSessionMapper() {}

  static QuoteSessions.Stored<TradeInPlan, TradeInResult> of(Row r) {
    String plan = r.getColumnIndex("plan") >= 0 ? r.getString("plan") : null;
    OffsetDateTime expires = r.getColumnIndex("expires_at") >= 0 ? r.getOffsetDateTime("expires_at") : null;
    String response = r.getString("response");
    return new QuoteSessions.Stored<>(plan == null ? null : Jsons.decode(plan, TradeInPlan.class), expires == null ? null : expires.toInstant(),
        response == null ? null : Jsons.decode(response, TradeInResult.class));
  }
}
