package dev.rvi.catalog.pricelist;

import dev.rvi.domain.pricing.FixedPrice;
import dev.rvi.domain.pricing.PriceListBody;
import dev.rvi.domain.pricing.PriceRule;
import dev.rvi.domain.pricing.PricedItem;
import java.math.BigDecimal;

/** An item a draft list would sell below the owner's cost, and the rule or fixed price that does it (rule null: fixed). */
public record NegativeMargin(PricedItem item, String armSkuName, BigDecimal cost, BigDecimal price, PriceRule rule) {

  /** The field of the body that sets the price, as a refusal names it. */
  public String field(PriceListBody body) {
    if (rule == null) {
      for (int i = 0; i < body.fixedPrices().size(); i++) {
        FixedPrice f = body.fixedPrices().get(i);
        if (f.catalogItemId().equals(item.catalogItemId())) {
          return "fixedPrices[" + i + "].price";
        }
      }
      return "fixedPrices";
    }
    return "rules[" + body.rules().indexOf(rule) + "].percent";
  }

  public String describe() {
    return (PricedItem.SAVINGS_PLAN.equals(item.productKind()) ? "the savings plan for " : "") + armSkuName + " " + item.armRegionName() + " "
        + item.term() + " at " + price.toPlainString() + " (cost " + cost.toPlainString() + ")";
  }
}
