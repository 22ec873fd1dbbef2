package dev.rvi.catalog.product;

import dev.rvi.catalog.market.Market;
import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.catalog.price.Sku;
import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.money.Decimals;

/** What the order service sells by: a price in force in a market, from the search's snapshot or from the database. */
public final class CatalogItems {
  private CatalogItems() {}

  public static CatalogItem of(IndexedPrice p, Market market) {
    return new CatalogItem(CatalogIds.catalogItem(p.productId(), p.skuId(), market.currency()), p.productId(), p.skuId(), p.armSkuName(),
        p.armRegionName(), p.regionDisplay(), p.series(), p.flexRatio(), p.term(), Decimals.display(p.unitPrice()), market.currency(),
        market.offerAvailable(), market.country());
  }

  public static CatalogItem of(Sku s, Market market) {
    return new CatalogItem(s.catalogItemId(market.currency()), s.productId(), s.skuId(), s.armSkuName(), s.armRegionName(),
        s.regionDisplay(), s.series(), s.flexRatio(), s.term(), Decimals.display(s.unitPrice()), market.currency(),
        market.offerAvailable(), market.country());
  }
}
