package dev.rvi.domain.partner;

/** An indirect reseller selling through an indirect provider. */
public record ResellerLink(String providerId, String resellerId) {}
