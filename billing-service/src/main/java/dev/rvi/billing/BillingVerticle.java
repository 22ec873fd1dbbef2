package dev.rvi.billing;

import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.billing.ChargesRecorded;
import dev.rvi.domain.billing.ReconciliationFile;
import dev.rvi.domain.billing.StatementFile;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.json.ContractJson;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;

/** Answers the billing service's event-bus actions. */
public final class BillingVerticle extends ServiceVerticle {
  private final Pool pool;
  private final Clock clock;
  private final BigDecimal taxPercent;
  private final long orderTimeoutMs;

  public BillingVerticle(Pool pool, Clock clock, BigDecimal taxPercent, long orderTimeoutMs) {
    super(Address.BILLING, "billing");
    this.pool = pool;
    this.clock = clock;
    this.taxPercent = taxPercent;
    this.orderTimeoutMs = orderTimeoutMs;
  }

  @Override
  protected void registerActions() {
    CallerPartner directory = new CallerPartner(new BusClient(vertx, orderTimeoutMs));
    Invoices invoices = new Invoices(pool, clock, taxPercent, directory);
    Statements statements = new Statements(pool, clock, directory);
    Margins margins = new Margins(pool, clock, directory);
    // Only the order service's outbox relay records charges.
    onPlatform(BillingContract.RECORD_CHARGES, (r, batch) -> {
      Tuple charges = Tuple.of(ContractJson.encode(batch));
      return pool.withTransaction(conn -> conn.preparedQuery(BillingSql.RECORD).execute(charges)
          .compose(rows -> conn.preparedQuery(BillingSql.RECORD_TIERS).execute(charges).map(tiers -> new ChargesRecorded(rows.rowCount()))));
    });
    on(BillingContract.LIST_INVOICES, (r, q) -> invoices.list(r.caller(), r.requestId()).map(Document::from));
    on(BillingContract.GET_INVOICE, (r, q) -> invoices.get(r.caller(), q.invoiceId(), r.requestId()).map(Document::from));
    on(BillingContract.LIST_INVOICE_LINES, (r, q) -> invoices.lineItems(r.caller(), q, r.requestId()).map(Document::from));
    on(BillingContract.INVOICE_RECONCILIATION, (r, q) -> invoices.reconciliation(r.caller(), q.invoiceId(), r.requestId())
        .map(ReconciliationFile::new));
    on(BillingContract.LIST_STATEMENTS, (r, q) -> statements.list(r.caller(), q, r.requestId()).map(Document::from));
    on(BillingContract.GET_STATEMENT, (r, q) -> statements.get(r.caller(), q.statementId(), r.requestId()).map(Document::from));
    on(BillingContract.STATEMENT_CSV, (r, q) -> statements.csv(r.caller(), q.statementId(), r.requestId()).map(StatementFile::new));
    on(BillingContract.MARGIN_REPORT, (r, q) -> margins.report(r.caller(), q, r.requestId()).map(Document::from));
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
