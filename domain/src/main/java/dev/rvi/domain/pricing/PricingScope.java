package dev.rvi.domain.pricing;

/**
 * Whose prices the caller asks to see: an indirect provider names one of its resellers (and through a customer, the
 * reseller serving it), a reseller names one of its providers or a customer it serves, a direct partner a customer.
 * Every field is optional; the directory checks each id against the caller's partner.
 */
public record PricingScope(String providerId, String resellerId, String customerId) {
  public static final PricingScope NONE = new PricingScope(null, null, null);
}
