package dev.rvi.domain.partner;

/** The caller's partner as the order service knows it: the reply to {@code PARTNER_CONTEXT}. */
public record PartnerIdentity(String id, PartnerType type, String mpnId, String name) {}
