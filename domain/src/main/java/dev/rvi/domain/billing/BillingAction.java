package dev.rvi.domain.billing;

/** What the billing service answers; the name is the {@code action} header. */
public enum BillingAction {
  /** The order service's outbox relay: charges and credits, a batch at a time; a charge already known is ignored. */
  RECORD_CHARGES,
  LIST_INVOICES,
  GET_INVOICE,
  LIST_INVOICE_LINES,
  INVOICE_RECONCILIATION,
  /** What a tier billed the next (a provider its resellers, a reseller or direct partner its customers) in a month. */
  LIST_STATEMENTS,
  GET_STATEMENT,
  STATEMENT_CSV,
  /** Revenue, cost and margin of the caller's sales to the tier below it. */
  MARGIN_REPORT
}
