package dev.rvi.catalog.market;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code catalog.market} to a {@link Market}. */
public final class MarketMapper {
  private MarketMapper() {}

  public static Market of(Row r) {
    return new Market(r.getString("country"), r.getString("name"), r.getString("currency"), r.getBoolean("offer_available"));
  }
}
