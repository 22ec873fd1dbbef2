package dev.rvi.catalog.pricelist;

import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.pricing.FixedPrice;
import dev.rvi.domain.pricing.PriceRule;
import io.vertx.sqlclient.Row;
import java.util.List;

/** Rows of {@code catalog.price_list}; the rules and fixed prices are kept as JSON and read back as their records. */
public final class PriceListMapper {
  private PriceListMapper() {}

  public static PriceList of(Row r) {
    return new PriceList(r.getString("id"), r.getString("owner_id"), r.getString("name"), r.getString("currency"),
        r.getBoolean("allow_negative_margin"), List.of(ContractJson.decode(r.getJsonArray("rules").encode(), PriceRule[].class)),
        List.of(ContractJson.decode(r.getJsonArray("fixed_prices").encode(), FixedPrice[].class)), r.getInteger("version"),
        r.getOffsetDateTime("created_at").toInstant(), r.getString("created_by"), r.getOffsetDateTime("updated_at").toInstant(),
        r.getString("updated_by"));
  }

  public static long total(Row r) {
    return r.getLong("total");
  }
}
