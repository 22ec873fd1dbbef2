package dev.rvi.domain.pricing;

import dev.rvi.domain.partner.PartnerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory's answer to {@link PricingScope}: the caller's partner and the tiers an item's price passes through
 * below Microsoft's. A direct partner prices its customer; a provider its reseller, and the reseller its customer
 * when the reseller is known; a reseller is priced by its provider and prices its customer.
 */
public record PricingTiers(String partnerId, PartnerType type, String providerId, String resellerId, String customerId) {

  /** The price lists an item passes through, Microsoft's price first. */
  public List<Tier> tiers() {
    List<Tier> tiers = new ArrayList<>();
    switch (type) {
      case direct -> tiers.add(new Tier(partnerId, customerId));
      case indirectProvider -> {
        tiers.add(new Tier(partnerId, resellerId));
        if (resellerId != null) {
          tiers.add(new Tier(resellerId, customerId));
        }
      }
      case indirectReseller -> {
        if (providerId != null) {
          tiers.add(new Tier(providerId, partnerId));
        }
        tiers.add(new Tier(partnerId, customerId));
      }
    }
    return tiers;
  }

  /**
   * Which of the prices ({@code [Microsoft's, after tier 1, after tier 2]}) is the caller's own cost: a reseller's
   * is its provider's price, never Microsoft's.
   */
  public int costLevel() {
    return type == PartnerType.indirectReseller && providerId != null ? 1 : 0;
  }
}
