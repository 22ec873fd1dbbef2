package dev.rvi.catalog.pricelist;

import java.time.Instant;
import java.time.LocalDate;

/** A price list in force for a reseller, a customer or by default ({@code assigneeId} null), from a day until a day (exclusive). */
public record Assignment(String id, String listId, String ownerId, String assigneeKind, String assigneeId, String currency,
                         LocalDate effectiveFrom, LocalDate effectiveTo, Instant createdAt, String createdBy) {
  public static final String DEFAULT = "default";
  public static final String RESELLER = "reseller";
  public static final String CUSTOMER = "customer";

  /** Whether the two share a day. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return (effectiveTo == null || effectiveTo.isAfter(from)) && (to == null || effectiveFrom.isBefore(to));
  }
}
