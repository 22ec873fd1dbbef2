package dev.rvi.domain.benefit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
    try (InputStream in = FlexibilityTable.class.getResourceAsStream("/reference/InstanceSizeFlexibility.csv")) {
      FlexibilityTable table = new FlexibilityTable();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.replace("\"", "").split(",");
        if (f.length == 3) {
          table.put(f[1], f[0], Double.parseDouble(f[2]));
        }
      }
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
