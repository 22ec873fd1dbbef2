package dev.rvi.domain.benefit;

import dev.rvi.domain.reference.ReferenceCsv;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Microsoft's instance size flexibility groups and ratios ({@code /reference/InstanceSizeFlexibility.csv}).
 * A size outside the table is a group of its own with ratio 1: only that exact size matches it.
 */
public final class FlexibilityTable {
  private final Map<String, String> groupOf = new HashMap<>();
  private final Map<String, Double> ratioOf = new HashMap<>();

  public static FlexibilityTable bundled() {
    FlexibilityTable table = new FlexibilityTable();
    for (List<String> row : ReferenceCsv.rows("/reference/InstanceSizeFlexibility.csv")) {
      if (row.size() == 3) {
        table.put(row.get(1), row.get(0), Double.parseDouble(row.get(2)));
      }
    }
    return table;
  }

  /** A table of one's own, for tests. */
  public FlexibilityTable put(String armSkuName, String group, double ratio) {
    String key = armSkuName.toLowerCase(Locale.ROOT);
    groupOf.put(key, group);
    ratioOf.put(key, ratio);
    return this;
  }

  public String group(String armSkuName) {
    String key = armSkuName.toLowerCase(Locale.ROOT);
    return groupOf.getOrDefault(key, key);
  }

  public double ratio(String armSkuName) {
    return ratioOf.getOrDefault(armSkuName.toLowerCase(Locale.ROOT), 1.0);
  }

  public boolean flexible(String armSkuName) {
    return groupOf.containsKey(armSkuName.toLowerCase(Locale.ROOT));
  }
}
