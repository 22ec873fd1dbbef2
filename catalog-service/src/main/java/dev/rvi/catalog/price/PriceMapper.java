package dev.rvi.catalog.price;

import dev.rvi.domain.catalog.SavingsPlanRates;
import dev.rvi.domain.catalog.Term;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one mapping of rows of {@code catalog.price} (and of the aggregates its queries make of them): a reservation price
 * as a {@link Sku} (or a {@link SkuPage} of them), a series as a {@link Product}, a group's {@link SmallestSize}, the search's {@link IndexedPrice}
 * with its {@link PriceWindow}, and a size's savings-plan rate with its PAYG one.
 */
public final class PriceMapper {
  private PriceMapper() {}

  public static Sku sku(Row r) {
    return new Sku(r.getString("product_id"), r.getString("sku_id"), r.getString("arm_sku_name"), r.getString("arm_region_name"),
        r.getString("region_display"), r.getString("series"), r.getBigDecimal("flex_ratio"), r.getInteger("cores"),
        r.getBigDecimal("memory_gib"), Term.valueOf(r.getString("term")), r.getBigDecimal("unit_price"));
  }

  /** A page of the SKUs query, whose every row carries the count of all the rows it matched before the page was cut. */
  public static SkuPage skuPage(RowSet<Row> rows) {
    List<Sku> skus = new ArrayList<>(rows.size());
    long total = 0;
    for (Row r : rows) {
      skus.add(sku(r));
      total = r.getLong("total");
    }
    return new SkuPage(List.copyOf(skus), total);
  }

  public static Product product(Row r) {
    return new Product(r.getString("product_id"), r.getString("series"), r.getLong("sizes"), r.getLong("regions"));
  }

  public static SmallestSize smallestSize(Row r) {
    return new SmallestSize(r.getString("arm_sku_name"), r.getBigDecimal("flex_ratio"), r.getBigDecimal("unit_price"),
        r.getBigDecimal("payg_hourly"));
  }

  /** A row of the index query, or null for the one row it answers when no price is in force. */
  public static IndexedPrice indexed(Row r, Map<String, String> names) {
    if (r.getString("currency") == null) {
      return null;
    }
    return new IndexedPrice(one(names, r.getString("currency")), one(names, r.getString("product_id")), r.getString("sku_id"),
        one(names, r.getString("arm_sku_name")), one(names, r.getString("arm_region_name")), one(names, r.getString("region_display")),
        one(names, r.getString("series")), r.getInteger("cores"), r.getBigDecimal("flex_ratio"),
        Term.valueOf(r.getString("term")), r.getBigDecimal("unit_price"), r.getBigDecimal("payg_hourly"),
        r.getBigDecimal("savings_plan_hourly"));
  }

  /** A size's PAYG and savings-plan hourly rates in a region (the savings-plan rates query). */
  public static SavingsPlanRates.Rate savingsPlanRate(Row r) {
    return new SavingsPlanRates.Rate(r.getString("arm_region_name"), r.getString("arm_sku_name"), r.getBigDecimal("payg_hourly"),
        r.getBigDecimal("savings_plan_hourly"));
  }

  /** A term of the one-column savings-plan terms query. */
  public static Term term(Row r) {
    return Term.valueOf(r.getString(0));
  }

  /** The window the index query answers on each of its rows. */
  public static PriceWindow window(Row r) {
    return new PriceWindow(instant(r.getOffsetDateTime("valid_from")), instant(r.getOffsetDateTime("valid_until")), r.getLong("version"));
  }

  /** Sizes, regions and series repeat on thousands of rows: one string each. */
  private static String one(Map<String, String> names, String name) {
    return name == null ? null : names.computeIfAbsent(name, n -> n);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
