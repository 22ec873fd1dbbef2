package dev.rvi.catalog.search;

import dev.rvi.domain.catalog.CatalogSort;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reservation prices in force at one moment, held in memory for the reserved-instance search: one
 * immutable snapshot, built from one query and swapped in whole, so a search never sees half a sheet.
 * Rows are kept per currency in columns; names (sizes, series, regions) are numbered once, so a filter is a
 * comparison of numbers, and every sort order is computed when the snapshot is built. A search walks the
 * order it asks for, counts every match and keeps only its page.
 */
public final class PriceIndex {
  /** The rows of one currency, in columns. */
  private static final class Currency {
    final List<IndexedPrice> rows = new ArrayList<>();
    int[] sku;
    int[] series;
    int[] region;
    byte[] term;
    int[] cores;
    final Map<CatalogSort, int[]> orders = new HashMap<>();
  }

  private final Instant validFrom;
  private final Instant validUntil;
  private final long version;
  private final Map<String, Currency> currencies = new HashMap<>();
  /** Lower-case names, each numbered once. */
  private final Names skus = new Names();
  private final Names series = new Names();
  private final Names regions = new Names();
  /** Per region number, the region's display name in lower case (the text search looks at it too). */
  private final List<String> regionDisplays = new ArrayList<>();

  /**
   * @param validFrom the last moment at or before the snapshot's time when a price started or ended
   * @param validUntil the next such moment (null: none is known), when the snapshot must be built again
   * @param version the newest price sheet the snapshot includes
   */
  public PriceIndex(List<IndexedPrice> prices, Instant validFrom, Instant validUntil, long version) {
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.version = version;
    for (IndexedPrice p : prices) {
      currencies.computeIfAbsent(p.currency(), k -> new Currency()).rows.add(p);
    }
    currencies.values().forEach(this::columns);
  }

  /** Whether the snapshot shows the prices in force at {@code now}. */
  public boolean holdsAt(Instant now) {
    return (validFrom == null || !now.isBefore(validFrom)) && (validUntil == null || now.isBefore(validUntil));
  }

  public Instant validUntil() {
    return validUntil;
  }

  public long version() {
    return version;
  }

  public int size() {
    return currencies.values().stream().mapToInt(c -> c.rows.size()).sum();
  }

  private void columns(Currency c) {
    int n = c.rows.size();
    c.sku = new int[n];
    c.series = new int[n];
    c.region = new int[n];
    c.term = new byte[n];
    c.cores = new int[n];
    for (int i = 0; i < n; i++) {
      IndexedPrice p = c.rows.get(i);
      c.sku[i] = skus.id(p.armSkuName().toLowerCase(Locale.ROOT));
      c.series[i] = series.id(p.series() == null ? "" : p.series().toLowerCase(Locale.ROOT));
      int region = regions.id(p.armRegionName());
      if (region == regionDisplays.size()) {
        regionDisplays.add(p.regionDisplay() == null ? "" : p.regionDisplay().toLowerCase(Locale.ROOT));
      }
      c.region[i] = region;
      c.term[i] = (byte) p.term().ordinal();
      c.cores[i] = p.cores() == null ? -1 : p.cores();
    }
    List<IndexedPrice> rows = c.rows;
    Comparator<Integer> byName = Comparator.<Integer, String>comparing(i -> rows.get(i).armSkuName().toLowerCase(Locale.ROOT))
        .thenComparing(i -> rows.get(i).armRegionName()).thenComparing(i -> rows.get(i).term().name());
    Comparator<Integer> byPrice = Comparator.comparing(i -> rows.get(i).unitPrice());
    c.orders.put(CatalogSort.NAME, sorted(n, byName));
    c.orders.put(CatalogSort.PRICE, sorted(n, byPrice.thenComparing(byName)));
    c.orders.put(CatalogSort.PRICE_DESC, sorted(n, byPrice.reversed().thenComparing(byName)));
    c.orders.put(CatalogSort.SAVINGS, sorted(n, Comparator.<Integer, BigDecimal>comparing(i -> savings(rows.get(i)),
        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName)));
    c.orders.put(CatalogSort.CORES, sorted(n, Comparator.<Integer, Integer>comparing(i -> rows.get(i).cores(),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName)));
    c.orders.put(CatalogSort.REGION, sorted(n, Comparator.<Integer, String>comparing(i -> rows.get(i).armRegionName())
        .thenComparing(i -> rows.get(i).armSkuName().toLowerCase(Locale.ROOT)).thenComparing(i -> rows.get(i).term().name())));
  }

  /** The share of the pay-as-you-go price for the term that the reservation saves, or null without a PAYG price. */
  private static BigDecimal savings(IndexedPrice p) {
    if (p.paygHourly() == null) {
      return null;
    }
    BigDecimal payg = p.paygHourly().multiply(BigDecimal.valueOf(p.term().hours()));
    return payg.signum() == 0 ? null : payg.subtract(p.unitPrice()).divide(payg, MathContext.DECIMAL128);
  }

  private static int[] sorted(int n, Comparator<Integer> order) {
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, order);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = boxed[i];
    }
    return out;
  }

  /** One page of a search and how many rows match in all. */
  public record Page(List<IndexedPrice> items, long total) {}

  /** The filters of a search, as the catalog received them (names in any case; empty lists mean any). */
  public record Filter(String currency, List<String> armRegionNames, List<String> series, List<String> armSkuNames, Term term,
                       Integer minCores, Integer maxCores, String text) {}

  public Page search(Filter f, CatalogSort sort, int offset, int size) {
    Currency c = currencies.get(f.currency());
    if (c == null) {
      return new Page(List.of(), 0);
    }
    boolean[] skuAllowed = allowed(skus, f.armSkuNames());
    boolean[] seriesAllowed = allowed(series, f.series());
    boolean[] regionAllowed = allowed(regions, f.armRegionNames());
    boolean[] skuText = null;
    boolean[] seriesText = null;
    boolean[] regionText = null;
    if (f.text() != null) {
      String needle = f.text().toLowerCase(Locale.ROOT);
      skuText = containing(skus, needle);
      seriesText = containing(series, needle);
      regionText = containing(regions, needle);
      for (int r = 0; r < regionText.length; r++) {
        regionText[r] |= regionDisplays.get(r).contains(needle);
      }
    }
    int term = f.term() == null ? -1 : f.term().ordinal();
    int min = f.minCores() == null ? Integer.MIN_VALUE : f.minCores();
    int max = f.maxCores() == null ? Integer.MAX_VALUE : f.maxCores();
    boolean coresFiltered = f.minCores() != null || f.maxCores() != null;
    int[] order = c.orders.get(sort);
    List<IndexedPrice> page = new ArrayList<>(Math.min(size, 256));
    long total = 0;
    for (int i : order) {
      if (term >= 0 && c.term[i] != term) {
        continue;
      }
      if (regionAllowed != null && !regionAllowed[c.region[i]]) {
        continue;
      }
      if (skuAllowed != null && !skuAllowed[c.sku[i]]) {
        continue;
      }
      if (seriesAllowed != null && !seriesAllowed[c.series[i]]) {
        continue;
      }
      if (coresFiltered && (c.cores[i] < 0 || c.cores[i] < min || c.cores[i] > max)) {
        continue;
      }
      if (skuText != null && !skuText[c.sku[i]] && !seriesText[c.series[i]] && !regionText[c.region[i]]) {
        continue;
      }
      if (total >= offset && page.size() < size) {
        page.add(c.rows.get(i));
      }
      total++;
    }
    return new Page(page, total);
  }

  /** Which numbered names a list allows (null: the list is empty, all are allowed). */
  private static boolean[] allowed(Names names, List<String> wanted) {
    if (wanted == null || wanted.isEmpty()) {
      return null;
    }
    boolean[] out = new boolean[names.size()];
    for (String w : wanted) {
      int id = names.find(w.toLowerCase(Locale.ROOT));
      if (id >= 0) {
        out[id] = true;
      }
    }
    return out;
  }

  private static boolean[] containing(Names names, String needle) {
    boolean[] out = new boolean[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = names.name(i).contains(needle);
    }
    return out;
  }

  /** Names numbered in the order they are first seen. */
  private static final class Names {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String name) {
      Integer id = ids.get(name);
      if (id == null) {
        id = names.size();
        ids.put(name, id);
        names.add(name);
      }
      return id;
    }

    int find(String name) {
      Integer id = ids.get(name);
      return id == null ? -1 : id;
    }

    String name(int id) {
      return names.get(id);
    }

    int size() {
      return names.size();
    }
  }
}
