package dev.rvi.catalog.price;

import dev.rvi.catalog.market.Market;
import dev.rvi.domain.catalog.GroupPrices;
import java.math.BigDecimal;
import java.math.MathContext;

/** The smallest size of a group in a region and term: its reservation price and the pay-as-you-go price of its hour. */
public record SmallestSize(String armSkuName, BigDecimal flexRatio, BigDecimal unitPrice, BigDecimal paygHourly) {

  /** The group's prices per unit of ratio 1, which sizing advice compares; a size without a ratio counts as 1. */
  public GroupPrices perUnit(Market market) {
    BigDecimal ratio = flexRatio == null ? BigDecimal.ONE : flexRatio;
    MathContext mc = MathContext.DECIMAL64;
    return new GroupPrices(armSkuName, ratio, unitPrice.divide(ratio, mc), paygHourly.divide(ratio, mc), market.currency(),
        market.offerAvailable());
  }
}
