package dev.rvi.usage;

import io.vertx.sqlclient.Row;

/** Rows of {@code usage.usage_sum} as {@link UsageSum}s, or only their size where that is all selected. */
final class UsageSumMapper {
  private UsageSumMapper() {}

  static UsageSum of(Row u) {
    return new UsageSum(u.getOffsetDateTime("usage_hour").toEpochSecond() / 3600, u.getString("subscription_id"),
        u.getString("arm_region_name"), u.getString("arm_sku_name"), u.getDouble("quantity"));
  }

  static String armSkuName(Row u) {
    return u.getString("arm_sku_name");
  }
}
