package dev.rvi.order.cart;

import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.pricing.PricingTiers;
import dev.rvi.order.partner.PartnerContext;

/**
 * The tiers a line is sold through, from ids the order service has already checked: a direct partner to its customer;
 * an indirect provider to the line's partner of record, and that reseller to the customer.
 */
public final class LineTiers {
  private LineTiers() {}

  public static PricingTiers of(PartnerContext partner, String customerId, PartnerOfRecord record) {
    if (partner.type() == PartnerType.indirectProvider) {
      return new PricingTiers(partner.id(), partner.type(), null, record == null ? null : record.resellerPartnerId(), customerId);
    }
    return new PricingTiers(partner.id(), partner.type(), null, null, customerId);
  }

  /**
   * The tiers of something already bought, from what it keeps: a reseller of record makes its seller an indirect
   * provider. A renewal or a trade-in is sold through them, at the lists in force on its day.
   */
  public static PricingTiers ofBought(String partnerId, String resellerPartnerId, String customerId) {
    return resellerPartnerId != null
        ? new PricingTiers(partnerId, PartnerType.indirectProvider, null, resellerPartnerId, customerId)
        : new PricingTiers(partnerId, PartnerType.direct, null, null, customerId);
  }
}
