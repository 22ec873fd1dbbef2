package dev.rvi.domain.pricing;

/** One step down the chain: the owner of the price list and whom it prices (null: its default list). */
public record Tier(String ownerId, String assigneeId) {}
