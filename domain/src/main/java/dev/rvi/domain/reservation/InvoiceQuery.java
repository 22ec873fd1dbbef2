package dev.rvi.domain.reservation;

/** Invoices of the caller's partner: all of them, or one, or its lines. */
public record InvoiceQuery(String invoiceId, String format) {}
