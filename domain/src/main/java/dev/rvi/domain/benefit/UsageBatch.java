package dev.rvi.domain.benefit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hourly VM usage in columns: for each record its epoch hour, subscription, (region, flexibility group)
 * key, (region, size) placement and normalized usage in micro-units (hours × the size's ratio × 10^6, so the
 * engine adds whole numbers). Strings are interned once here, so the engine itself touches only arrays.
 */
public final class UsageBatch {
  static final double MICRO = 1_000_000d;

  private final FlexibilityTable table;
  final Map<String, Integer> subscriptions = new HashMap<>();
  final List<String> subscriptionNames = new ArrayList<>();
  final Map<String, Integer> keys = new HashMap<>();
  final List<String[]> keyNames = new ArrayList<>();
  private final Map<String, Integer> skus = new HashMap<>();
  private final Map<String, int[]> skuCache = new HashMap<>();
  private final Map<String, Integer> places = new HashMap<>();
  /** Each placement's region (in lower case) and size (as first spelled), which savings-plan rates are looked up by. */
  final List<String[]> placeNames = new ArrayList<>();
  long[] hour = new long[1024];
  int[] subscription = new int[1024];
  int[] key = new int[1024];
  /** Each record's size, for reservations with instance size flexibility off. */
  int[] sku = new int[1024];
  /** Each record's (region, size), for savings plans, whose rates are per size and region. */
  int[] place = new int[1024];
  long[] units = new long[1024];
  int size;

  public UsageBatch(FlexibilityTable table) {
    this.table = table;
  }

  public int size() {
    return size;
  }

  /** One VM running {@code hours} (0 to 1) of the hour starting at {@code epochHour}. */
  public void add(long epochHour, String subscriptionId, String region, String armSkuName, double hours) {
    if (size == hour.length) {
      int grown = size * 2;
      hour = Arrays.copyOf(hour, grown);
      subscription = Arrays.copyOf(subscription, grown);
      key = Arrays.copyOf(key, grown);
      sku = Arrays.copyOf(sku, grown);
      place = Arrays.copyOf(place, grown);
      units = Arrays.copyOf(units, grown);
    }
    int[] resolved = skuCache.computeIfAbsent(region + "|" + armSkuName, k -> new int[] {keyOf(region, armSkuName),
        skus.computeIfAbsent(armSkuName.toLowerCase(Locale.ROOT), s -> skus.size()), placeOf(region, armSkuName)});
    hour[size] = epochHour;
    subscription[size] = subscriptions.computeIfAbsent(subscriptionId, s -> {
      subscriptionNames.add(s);
      return subscriptionNames.size() - 1;
    });
    key[size] = resolved[0];
    sku[size] = resolved[1];
    place[size] = resolved[2];
    units[size] = Math.round(hours * table.ratio(armSkuName) * MICRO);
    size++;
  }

  int keyOf(String region, String armSkuName) {
    String group = table.group(armSkuName);
    String name = region.toLowerCase(Locale.ROOT) + "|" + group;
    return keys.computeIfAbsent(name, n -> {
      keyNames.add(new String[] {region.toLowerCase(Locale.ROOT), group});
      return keyNames.size() - 1;
    });
  }

  private int placeOf(String region, String armSkuName) {
    String lowerRegion = region.toLowerCase(Locale.ROOT);
    return places.computeIfAbsent(lowerRegion + "|" + armSkuName.toLowerCase(Locale.ROOT), n -> {
      placeNames.add(new String[] {lowerRegion, armSkuName});
      return placeNames.size() - 1;
    });
  }

  /** The size's number among the records' sizes, or -1 when no record is of that size. */
  int skuIndex(String armSkuName) {
    Integer index = skus.get(armSkuName.toLowerCase(Locale.ROOT));
    return index == null ? -1 : index;
  }

  int subscriptionIndex(String subscriptionId) {
    Integer index = subscriptions.get(subscriptionId);
    return index == null ? -1 : index;
  }

  FlexibilityTable table() {
    return table;
  }
}
