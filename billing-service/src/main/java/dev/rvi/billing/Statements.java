package dev.rvi.billing;

import dev.rvi.domain.billing.StatementQuery;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements between tiers: each month, what a provider billed each reseller and what a reseller or direct partner billed
 * each customer, from each charge's amount at that tier. The caller reads the statements it issued and those it received;
 * SQL keeps it to those where its partner is the seller or the buyer.
 */
public final class Statements {
  private static final Set<String> SIDES = Set.of("issued", "received");

  private final Pool pool;
  private final Clock clock;
  private final CallerPartner partners;

  public Statements(Pool pool, Clock clock, CallerPartner partners) {
    this.pool = pool;
    this.clock = clock;
    this.partners = partners;
  }

  public Future<JsonObject> list(Caller caller, StatementQuery query, String requestId) {
    YearMonth month = MonthRange.month("month", query.month());
    if (query.side() != null && !SIDES.contains(query.side())) {
      return Future.failedFuture(Errors.badRequest(Invoices.SOURCE, "side must be issued or received"));
    }
    MonthRange range = MonthRange.of(month);
    return partners.of(caller, requestId).compose(partner -> pool.preparedQuery(BillingSql.STATEMENT_SUMS)
        .execute(Tuple.of(partner.id(), range.start(), range.end(), now(), query.side())).map(rows -> {
          JsonArray items = new JsonArray();
          for (Row r : rows) {
            items.add(StatementView.summary(TierChargeMapper.summary(r, month), partner.id()));
          }
          return CollectionPage.of(items);
        }));
  }

  public Future<JsonObject> get(Caller caller, String statementId, String requestId) {
    return statement(caller, statementId, requestId).map(s -> StatementView.of(s.statement(), s.partnerId()));
  }

  public Future<String> csv(Caller caller, String statementId, String requestId) {
    return statement(caller, statementId, requestId).map(s -> StatementCsv.of(s.statement()));
  }

  private record Read(Statement statement, String partnerId) {}

  /** The statement of that id if the caller's partner is its seller or its buyer; otherwise, or without lines, not found. */
  private Future<Read> statement(Caller caller, String statementId, String requestId) {
    StatementId id = StatementId.parse(statementId);
    MonthRange range = MonthRange.of(id.month());
    return partners.of(caller, requestId).compose(partner -> pool.preparedQuery(BillingSql.STATEMENT_LINES)
        .execute(Tuple.from(new Object[] {partner.id(), range.start(), range.end(), now(), id.sellerId(), id.buyerId(), id.currency()}))
        .map(rows -> {
          List<TierCharge> lines = new ArrayList<>();
          for (Row r : rows) {
            lines.add(TierChargeMapper.of(r));
          }
          if (lines.isEmpty()) {
            throw StatementId.notFound(statementId);
          }
          return new Read(new Statement(id, List.copyOf(lines)), partner.id());
        }));
  }

  /** Payments dated later are on no statement until their day. */
  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
