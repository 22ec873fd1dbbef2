package dev.rvi.billing;

import dev.rvi.domain.billing.BillingAction;
import dev.rvi.domain.billing.InvoiceQuery;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;

/** Answers the billing service's event-bus actions. */
public final class BillingVerticle extends ServiceVerticle {
  private final Pool pool;
  private final BigDecimal taxPercent;
  private final long orderTimeoutMs;

  public BillingVerticle(Pool pool, BigDecimal taxPercent, long orderTimeoutMs) {
    super(Address.BILLING, "billing");
    this.pool = pool;
    this.taxPercent = taxPercent;
    this.orderTimeoutMs = orderTimeoutMs;
  }

  @Override
  protected void registerActions() {
    Invoices invoices = new Invoices(pool, taxPercent, new BusClient(vertx, orderTimeoutMs));
    // Only the order service's outbox relay records charges.
    onPlatform(BillingAction.RECORD_CHARGES.name(), r -> pool.preparedQuery(BillingSql.RECORD).execute(Tuple.of(r.text()))
        .map(rows -> new JsonObject().put("recorded", rows.rowCount())));
    on(BillingAction.LIST_INVOICES.name(), r -> invoices.list(r.caller(), r.requestId()));
    on(BillingAction.GET_INVOICE.name(), r -> invoices.get(r.caller(), r.body(InvoiceQuery.class).invoiceId(), r.requestId()));
    on(BillingAction.LIST_INVOICE_LINES.name(), r -> invoices.lineItems(r.caller(), r.body(InvoiceQuery.class), r.requestId()));
    on(BillingAction.INVOICE_RECONCILIATION.name(), r -> invoices.reconciliation(r.caller(), r.body(InvoiceQuery.class).invoiceId(),
        r.requestId()).map(csv -> new JsonObject().put("csv", csv)));
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
