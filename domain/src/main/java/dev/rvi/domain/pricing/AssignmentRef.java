package dev.rvi.domain.pricing;

/** One assignment of one of the caller's partner's price lists. */
public record AssignmentRef(String priceListId, String assignmentId) {}
