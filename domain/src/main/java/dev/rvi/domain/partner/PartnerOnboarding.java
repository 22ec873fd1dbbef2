package dev.rvi.domain.partner;

/** The operator's request to onboard a partner tenant. */
public record PartnerOnboarding(String id, String name, String mpnId, PartnerType type, String country) {}
