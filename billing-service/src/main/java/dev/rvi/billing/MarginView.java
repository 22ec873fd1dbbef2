package dev.rvi.billing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The margin report: per currency, the totals and the breakdowns by reseller, customer, month (every month of the range,
 * those without sales at zero, so a chart has no gaps), product kind and series.
 */
final class MarginView {
  private MarginView() {}

  static JsonObject of(String partnerId, MonthRange range, List<MarginGroup> groups) {
    Map<String, List<MarginGroup>> byCurrency = new LinkedHashMap<>();
    groups.forEach(g -> byCurrency.computeIfAbsent(g.currency(), k -> new ArrayList<>()).add(g));
    JsonArray currencies = new JsonArray();
    byCurrency.forEach((currency, list) -> currencies.add(currency(currency, range, list)));
    return new JsonObject().put("partnerId", partnerId).put("from", range.from().toString()).put("to", range.to().toString())
        .put("currencies", currencies);
  }

  private static JsonObject currency(String currency, MonthRange range, List<MarginGroup> groups) {
    JsonObject out = new JsonObject().put("currency", currency);
    JsonArray resellers = new JsonArray();
    JsonArray customers = new JsonArray();
    JsonArray kinds = new JsonArray();
    JsonArray series = new JsonArray();
    Map<String, MarginGroup> months = new LinkedHashMap<>();
    for (YearMonth m = range.from(); !m.isAfter(range.to()); m = m.plusMonths(1)) {
      months.put(m.toString(), MarginGroup.empty(currency, m.toString()));
    }
    for (MarginGroup g : groups) {
      switch (g.by()) {
        case TOTAL -> out.put("total", figures(g));
        case RESELLER -> resellers.add(figures(g).put("resellerId", g.resellerId()).put("mpnId", g.resellerMpnId()));
        case CUSTOMER -> customers.add(figures(g).put("customerId", g.customerId()).put("customerName", g.customerName()));
        case MONTH -> months.put(g.month(), g);
        case PRODUCT_KIND -> kinds.add(figures(g).put("productKind", g.productKind()));
        case SERIES -> series.add(figures(g).put("series", g.series()));
      }
    }
    JsonArray byMonth = new JsonArray();
    months.values().forEach(g -> byMonth.add(figures(g).put("month", g.month())));
    return out.put("byReseller", resellers).put("byCustomer", customers).put("byMonth", byMonth).put("byProductKind", kinds)
        .put("bySeries", series);
  }

  private static JsonObject figures(MarginGroup g) {
    return new JsonObject().put("revenue", g.revenue()).put("cost", g.cost()).put("margin", g.margin())
        .put("marginPercent", g.marginPercent()).put("lines", g.lines());
  }
}
