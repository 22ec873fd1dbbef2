package dev.rvi.catalog.pricelist;

import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.catalog.price.Pricer;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.paging.ContinuationToken;
import dev.rvi.domain.pricing.PriceBook;
import dev.rvi.domain.pricing.PricedItem;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a draft list does to a market's catalog: per reservation item in force, the owner's cost, the price today (the
 * list in force for the assignee, else the default, else the cost), the draft's price, and its margin. The savings plans
 * beside them are checked for negative margins too.
 */
public final class PricePreview {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PricePreview() {}

  /** The first item of the row (the reservation, then its savings plan) the draft sells below cost, or null. */
  static NegativeMargin negative(IndexedPrice p, Pricer cost, PriceBook draft) {
    PricedItem reservation = Pricer.item(p, PricedItem.RESERVATION);
    BigDecimal c = cost.of(reservation, p.unitPrice()).cost();
    BigDecimal price = draft.price(reservation, c);
    if (price.compareTo(c) < 0) {
      return new NegativeMargin(reservation, p.armSkuName(), c, price, draft.ruleFor(reservation));
    }
    if (p.savingsPlanHourly() != null) {
      PricedItem plan = Pricer.item(p, PricedItem.SAVINGS_PLAN);
      BigDecimal planCost = cost.of(plan, Decimals.cents(p.savingsPlanHourly().multiply(BigDecimal.valueOf(p.term().hours())))).cost();
      BigDecimal planPrice = draft.price(plan, planCost);
      if (planPrice.compareTo(planCost) < 0) {
        return new NegativeMargin(plan, p.armSkuName(), planCost, planPrice, draft.ruleFor(plan));
      }
    }
    return null;
  }

  /** A page of the preview and its counts over the whole catalog of the currency. */
  static JsonObject page(List<IndexedPrice> prices, Pricer cost, PriceBook current, PriceBook draft, boolean negativeOnly, boolean changedOnly, int offset,
                         int size, String currency, String pageUri) {
    JsonArray items = new JsonArray();
    long matched = 0;
    long negatives = 0;
    long raised = 0;
    long lowered = 0;
    for (IndexedPrice p : prices) {
      PricedItem item = Pricer.item(p, PricedItem.RESERVATION);
      BigDecimal c = cost.of(item, p.unitPrice()).cost();
      BigDecimal now = current == null ? c : current.price(item, c);
      BigDecimal next = draft.price(item, c);
      boolean negative = next.compareTo(c) < 0 || negative(p, cost, draft) != null;
      negatives += negative ? 1 : 0;
      raised += next.compareTo(now) > 0 ? 1 : 0;
      lowered += next.compareTo(now) < 0 ? 1 : 0;
      if (negativeOnly && !negative || changedOnly && next.compareTo(now) == 0) {
        continue;
      }
      if (matched >= offset && items.size() < size) {
        BigDecimal margin = next.subtract(c);
        items.add(new JsonObject()
            .put("catalogItemId", item.catalogItemId())
            .put("armSkuName", p.armSkuName())
            .put("armRegionName", p.armRegionName())
            .put("series", p.series())
            .put("term", p.term().name())
            .put("cost", Decimals.display(c))
            .put("currentPrice", Decimals.display(now))
            .put("newPrice", Decimals.display(next))
            .put("margin", Decimals.display(margin))
            .put("marginPercent", c.signum() == 0 ? null : margin.multiply(HUNDRED).divide(c, 2, RoundingMode.HALF_EVEN))
            .put("negativeMargin", negative));
      }
      matched++;
    }
    JsonObject out = new JsonObject().put("items", items).put("totalCount", matched).put("currencyCode", currency)
        .put("summary", new JsonObject().put("items", prices.size()).put("negativeMargins", negatives).put("raised", raised).put("lowered", lowered)
            .put("unchanged", prices.size() - raised - lowered));
    JsonObject links = new JsonObject();
    if (pageUri != null && offset + items.size() < matched && !items.isEmpty()) {
      links.put("next", new JsonObject().put("uri", pageUri + (pageUri.contains("?") ? "&" : "?") + "continuationToken="
          + ContinuationToken.encode(offset + items.size())).put("method", "POST"));
    }
    return out.put("links", links).put("attributes", new JsonObject().put("objectType", "PriceListPreview"));
  }
}
