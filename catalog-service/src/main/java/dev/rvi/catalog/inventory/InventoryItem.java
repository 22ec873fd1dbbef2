package dev.rvi.catalog.inventory;

import dev.rvi.catalog.market.Market;
import dev.rvi.catalog.price.Sku;
import java.util.ArrayList;
import java.util.List;

/** One SKU as an inventory check answers it: restricted when the market does not sell the offer or the SKU is for another region. */
public record InventoryItem(String productId, String skuId, List<Restriction> restrictions) {

  /** {@code region} is the region the check names, or null for any. */
  public static InventoryItem checked(Sku sku, Market market, String region) {
    List<Restriction> restrictions = new ArrayList<>();
    if (!market.offerAvailable()) {
      restrictions.add(new Restriction("MarketNotServed",
          "Reserved VM instances are not sold in " + market.name() + " (" + market.country() + ")", "Country", market.country()));
    }
    if (region != null && !sku.armRegionName().equalsIgnoreCase(region)) {
      restrictions.add(new Restriction("RegionNotAllowed", "this SKU is for region " + sku.armRegionName() + ", not " + region,
          "Region", sku.armRegionName()));
    }
    return new InventoryItem(sku.productId(), sku.skuId(), List.copyOf(restrictions));
  }

  public boolean isRestricted() {
    return !restrictions.isEmpty();
  }
}
