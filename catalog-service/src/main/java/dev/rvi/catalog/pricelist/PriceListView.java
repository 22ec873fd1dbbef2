package dev.rvi.catalog.pricelist;

import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.pricing.FixedPrice;
import dev.rvi.domain.pricing.PriceRule;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A price list as its owner reads it: its rules, fixed prices and the assignments that put it in force. */
public final class PriceListView {
  private PriceListView() {}

  public static JsonObject of(PriceList list, List<Assignment> assignments, String audience) {
    JsonArray rules = new JsonArray();
    for (PriceRule rule : list.rules()) {
      rules.add(new JsonObject().put("percent", rule.percent()).put("productKind", rule.productKind()).put("series", rule.series())
          .put("armRegionName", rule.armRegionName()).put("term", rule.term()));
    }
    JsonArray fixed = new JsonArray();
    for (FixedPrice price : list.fixedPrices()) {
      fixed.add(new JsonObject().put("catalogItemId", price.catalogItemId()).put("price", Decimals.display(price.price())));
    }
    JsonArray assigned = new JsonArray();
    assignments.forEach(a -> assigned.add(AssignmentView.of(a)));
    return new JsonObject()
        .put("id", list.id())
        .put("name", list.name())
        .put("currency", list.currency())
        .put("audience", audience)
        .put("allowNegativeMargin", list.allowNegativeMargin())
        .put("rules", rules)
        .put("fixedPrices", fixed)
        .put("assignments", assigned)
        .put("version", list.version())
        .put("createdAt", list.createdAt().toString())
        .put("createdBy", list.createdBy())
        .put("updatedAt", list.updatedAt().toString())
        .put("updatedBy", list.updatedBy())
        .put("attributes", new JsonObject().put("objectType", "PriceList"));
  }
}
