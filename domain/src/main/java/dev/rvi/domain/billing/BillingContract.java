package dev.rvi.domain.billing;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;

/** The billing service's actions: the outbox's charges in; invoices, statements between tiers and margins out. */
public final class BillingContract {
  private BillingContract() {}

  /** The order service's outbox relay only; a charge already recorded is skipped, so a replay is harmless. */
  public static final BusAction<ChargeBatch, ChargesRecorded> RECORD_CHARGES =
      BusAction.of(Address.BILLING, BillingAction.RECORD_CHARGES.name(), ChargeBatch.class, ChargesRecorded.class);
  public static final BusAction<NoBody, Document> LIST_INVOICES = of(BillingAction.LIST_INVOICES, NoBody.class);
  public static final BusAction<InvoiceQuery, Document> GET_INVOICE = of(BillingAction.GET_INVOICE, InvoiceQuery.class);
  public static final BusAction<InvoiceQuery, Document> LIST_INVOICE_LINES = of(BillingAction.LIST_INVOICE_LINES, InvoiceQuery.class);
  public static final BusAction<InvoiceQuery, ReconciliationFile> INVOICE_RECONCILIATION =
      BusAction.of(Address.BILLING, BillingAction.INVOICE_RECONCILIATION.name(), InvoiceQuery.class, ReconciliationFile.class);

  public static final BusAction<StatementQuery, Document> LIST_STATEMENTS = of(BillingAction.LIST_STATEMENTS, StatementQuery.class);
  public static final BusAction<StatementQuery, Document> GET_STATEMENT = of(BillingAction.GET_STATEMENT, StatementQuery.class);
  public static final BusAction<StatementQuery, StatementFile> STATEMENT_CSV =
      BusAction.of(Address.BILLING, BillingAction.STATEMENT_CSV.name(), StatementQuery.class, StatementFile.class);
  public static final BusAction<MarginQuery, Document> MARGIN_REPORT = of(BillingAction.MARGIN_REPORT, MarginQuery.class);

  private static <Q> BusAction<Q, Document> of(BillingAction action, Class<Q> request) {
    return BusAction.of(Address.BILLING, action.name(), request, Document.class);
  }
}
