package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.billing.MarginQuery;
import dev.rvi.domain.billing.StatementFile;
import dev.rvi.domain.billing.StatementQuery;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.gateway.http.Query;
import dev.rvi.gateway.http.RequestIds;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** Statements between tiers (issued to resellers and customers, received from a provider) and the margin report. */
public final class StatementRoutes {
  private final BusClient bus;
  private final ServiceCall service;

  public StatementRoutes(BusClient bus) {
    this.bus = bus;
    this.service = new ServiceCall(bus);
  }

  public Future<String> list(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, BillingContract.LIST_STATEMENTS, new StatementQuery(q.string("month"), q.string("side"), null));
  }

  public Future<String> get(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, BillingContract.GET_STATEMENT, StatementQuery.of(id(ctx, "statementId")));
  }

  public Future<String> csv(RoutingContext ctx, Caller caller) {
    return bus.ask(BillingContract.STATEMENT_CSV, StatementQuery.of(id(ctx, "statementId")), caller, ctx.get(RequestIds.KEY))
        .map(StatementFile::csv);
  }

  public Future<String> margins(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, BillingContract.MARGIN_REPORT, new MarginQuery(q.string("from"), q.string("to")));
  }
}
