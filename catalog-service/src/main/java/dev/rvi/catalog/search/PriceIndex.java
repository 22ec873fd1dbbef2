package dev.rvi.catalog.search;

import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.domain.catalog.CatalogSort;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

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
    /** Rows are stored region by region: region r's rows are [regionStart[r], regionEnd[r]). */
    int[] regionStart;
    int[] regionEnd;
    /** Per size and per series (by number), its rows: a size or text filter reads only those. */
    int[][] bySku;
    int[][] bySeries;
    /** Per sort order: the rows in that order, and each row's position in it. */
    final Map<CatalogSort, int[]> orders = new HashMap<>();
    final Map<CatalogSort, int[]> ranks = new HashMap<>();
    /** Each row by its SKU id: what a cart line names. */
    final Map<String, IndexedPrice> bySkuId = new HashMap<>();
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
    // Stored region by region, so a region filter reads only its regions' rows.
    c.rows.sort(Comparator.comparing(IndexedPrice::armRegionName));
    int n = c.rows.size();
    if (n >= 1 << ROW_BITS) {
      throw new IllegalStateException("more than " + (1 << ROW_BITS) + " reservation prices in force in one currency");
    }
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
    c.regionStart = new int[Math.max(regions.size(), 1)];
    c.regionEnd = new int[Math.max(regions.size(), 1)];
    for (int i = n - 1; i >= 0; i--) {
      c.regionStart[c.region[i]] = i;
    }
    for (int i = 0; i < n; i++) {
      c.regionEnd[c.region[i]] = i + 1;
    }
    for (IndexedPrice p : c.rows) {
      c.bySkuId.put(p.skuId(), p);
    }
    c.bySku = postings(c.sku, skus.size());
    c.bySeries = postings(c.series, series.size());
    sortOrders(c);
  }

  private static int[][] postings(int[] ids, int count) {
    int[] sizes = new int[count];
    for (int id : ids) {
      sizes[id]++;
    }
    int[][] out = new int[count][];
    for (int k = 0; k < count; k++) {
      out[k] = new int[sizes[k]];
    }
    int[] filled = new int[count];
    for (int i = 0; i < ids.length; i++) {
      out[ids[i]][filled[ids[i]]++] = i;
    }
    return out;
  }

  private static final int ROW_BITS = 21;
  private static final long ROW_MASK = (1L << ROW_BITS) - 1;

  /**
   * Every order as a sort of primitive keys: names, regions, terms and prices are ranked once, a row's key is
   * its rank in the order's first field and then its place in the name order (every order breaks ties by name).
   */
  private void sortOrders(Currency c) {
    int n = c.rows.size();
    List<IndexedPrice> rows = c.rows;
    int[] skuRank = rankOf(skus.size(), skus::name);
    int[] regionRank = rankOf(regions.size(), regions::name);
    int terms = Term.values().length;
    int[] termRank = rankOf(terms, t -> Term.values()[t].name());
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((((long) skuRank[c.sku[i]] * regions.size() + regionRank[c.region[i]]) * terms + termRank[c.term[i]]) << ROW_BITS) | i;
    }
    int[] byName = order(keys);
    int[] nameRank = ranks(byName);
    put(c, CatalogSort.NAME, byName);
    for (int i = 0; i < n; i++) {
      keys[i] = ((((long) regionRank[c.region[i]] * skus.size() + skuRank[c.sku[i]]) * terms + termRank[c.term[i]]) << ROW_BITS) | i;
    }
    put(c, CatalogSort.REGION, order(keys));
    int[] price = valueRanks(rows, IndexedPrice::unitPrice, false);
    int prices = 1 + Arrays.stream(price).max().orElse(0);
    put(c, CatalogSort.PRICE, byNameWithin(n, i -> price[i], byName, nameRank));
    put(c, CatalogSort.PRICE_DESC, byNameWithin(n, i -> prices - 1 - price[i], byName, nameRank));
    int[] saving = valueRanks(rows, PriceIndex::savings, true);
    put(c, CatalogSort.SAVINGS, byNameWithin(n, i -> saving[i], byName, nameRank));
    put(c, CatalogSort.CORES, byNameWithin(n, i -> c.cores[i] < 0 ? Integer.MAX_VALUE : c.cores[i], byName, nameRank));
  }

  private static void put(Currency c, CatalogSort sort, int[] order) {
    c.orders.put(sort, order);
    c.ranks.put(sort, ranks(order));
  }

  /** Rows by a first key, ties in name order. */
  private static int[] byNameWithin(int n, IntUnaryOperator first, int[] byName, int[] nameRank) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) first.applyAsInt(i) << ROW_BITS) | nameRank[i];
    }
    Arrays.sort(keys);
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = byName[(int) (keys[k] & ROW_MASK)];
    }
    return out;
  }

  private static int[] order(long[] keys) {
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int[] out = new int[sorted.length];
    for (int k = 0; k < sorted.length; k++) {
      out[k] = (int) (sorted[k] & ROW_MASK);
    }
    return out;
  }

  private static int[] ranks(int[] order) {
    int[] rank = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      rank[order[k]] = k;
    }
    return rank;
  }

  /** Each numbered name's place among all of them in alphabetical (byte) order. */
  private static int[] rankOf(int count, IntFunction<String> name) {
    Integer[] ids = new Integer[count];
    for (int i = 0; i < count; i++) {
      ids[i] = i;
    }
    Arrays.sort(ids, Comparator.comparing(name::apply));
    int[] rank = new int[count];
    for (int k = 0; k < count; k++) {
      rank[ids[k]] = k;
    }
    return rank;
  }

  /** Each row's rank by a decimal value (equal values share one); nulls after all, descending when asked. */
  private static int[] valueRanks(List<IndexedPrice> rows, Function<IndexedPrice, BigDecimal> value, boolean descending) {
    int n = rows.size();
    BigDecimal[] values = new BigDecimal[n];
    List<BigDecimal> distinct = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values[i] = value.apply(rows.get(i));
      if (values[i] != null) {
        distinct.add(values[i]);
      }
    }
    distinct.sort(descending ? Comparator.reverseOrder() : Comparator.naturalOrder());
    Map<BigDecimal, Integer> rank = new TreeMap<>();
    int next = 0;
    for (int k = 0; k < distinct.size(); k++) {
      if (k == 0 || distinct.get(k).compareTo(distinct.get(k - 1)) != 0) {
        next = k == 0 ? 0 : next + 1;
      }
      rank.putIfAbsent(distinct.get(k), next);
    }
    int nulls = distinct.isEmpty() ? 0 : next + 1;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = values[i] == null ? nulls : rank.get(values[i]);
    }
    return out;
  }

  /** The share of the pay-as-you-go price for the term that the reservation saves, or null without a PAYG price. */
  private static BigDecimal savings(IndexedPrice p) {
    if (p.paygHourly() == null) {
      return null;
    }
    BigDecimal payg = p.paygHourly().multiply(BigDecimal.valueOf(p.term().hours()));
    return payg.signum() == 0 ? null : payg.subtract(p.unitPrice()).divide(payg, MathContext.DECIMAL128);
  }

  /** The reservation price in force of one SKU of one product in a currency, or null. */
  public IndexedPrice find(String currency, String productId, String skuId) {
    Currency c = currencies.get(currency);
    IndexedPrice p = c == null ? null : c.bySkuId.get(skuId);
    return p != null && p.productId().equals(productId) ? p : null;
  }

  /** Every reservation price in force in a currency, in the index's order (what a price list's preview goes through). */
  public List<IndexedPrice> all(String currency) {
    Currency c = currencies.get(currency);
    return c == null ? List.of() : Collections.unmodifiableList(c.rows);
  }

  /** The regions of a currency's prices in force, by name, each with its number of offers (every size and term there). */
  public List<SoldRegion> regions(String currency) {
    Currency c = currencies.get(currency);
    List<SoldRegion> out = new ArrayList<>();
    if (c == null) {
      return out;
    }
    // Rows are stored region by region, so each region's rows are one run.
    int start = 0;
    for (int i = 1; i <= c.rows.size(); i++) {
      if (i == c.rows.size() || !c.rows.get(i).armRegionName().equals(c.rows.get(start).armRegionName())) {
        IndexedPrice first = c.rows.get(start);
        out.add(new SoldRegion(first.armRegionName(), first.regionDisplay() == null ? first.armRegionName() : first.regionDisplay(), i - start));
        start = i;
      }
    }
    return out;
  }

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
    int n = c.rows.size();
    boolean filtered = term >= 0 || regionAllowed != null || skuAllowed != null || seriesAllowed != null || coresFiltered
        || skuText != null;
    if (!filtered) {
      List<IndexedPrice> page = new ArrayList<>(Math.min(size, 256));
      for (int k = offset; k < n && page.size() < size; k++) {
        page.add(c.rows.get(order[k]));
      }
      return new Page(page, n);
    }
    // The candidates: the rows of the asked sizes, or of the sizes, series and regions the text names, or of the
    // asked regions, or all; each is then checked against every filter and its rank kept.
    int[] rank = c.ranks.get(sort);
    int[] candidates = null;
    int candidateCount = 0;
    if (skuAllowed != null || skuText != null) {
      BitSet taken = new BitSet(n);
      boolean[] skuPick = skuAllowed != null ? skuAllowed : skuText;
      for (int k = 0; k < skuPick.length && k < c.bySku.length; k++) {
        if (skuPick[k]) {
          for (int i : c.bySku[k]) {
            taken.set(i);
          }
        }
      }
      if (skuAllowed == null) {
        for (int k = 0; k < seriesText.length && k < c.bySeries.length; k++) {
          if (seriesText[k]) {
            for (int i : c.bySeries[k]) {
              taken.set(i);
            }
          }
        }
        for (int r = 0; r < regionText.length && r < c.regionStart.length; r++) {
          if (regionText[r] && c.regionEnd[r] > c.regionStart[r]) {
            taken.set(c.regionStart[r], c.regionEnd[r]);
          }
        }
      }
      candidates = new int[taken.cardinality()];
      for (int i = taken.nextSetBit(0); i >= 0; i = taken.nextSetBit(i + 1)) {
        candidates[candidateCount++] = i;
      }
    }
    int[] found = new int[256];
    int total = 0;
    int regionCount = candidates != null || regionAllowed == null ? 1 : regionAllowed.length;
    for (int r = 0; r < regionCount; r++) {
      if (candidates == null && regionAllowed != null && (!regionAllowed[r] || r >= c.regionStart.length)) {
        continue;
      }
      int from = candidates != null || regionAllowed == null ? 0 : c.regionStart[r];
      int to = candidates != null ? candidateCount : regionAllowed == null ? n : c.regionEnd[r];
      for (int k = from; k < to; k++) {
        int i = candidates != null ? candidates[k] : k;
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
        if (total == found.length) {
          found = Arrays.copyOf(found, total * 2);
        }
        found[total++] = rank[i];
      }
    }
    List<IndexedPrice> page = new ArrayList<>(Math.min(size, 256));
    if (offset < total) {
      Arrays.sort(found, 0, total);
      for (int k = offset; k < total && page.size() < size; k++) {
        page.add(c.rows.get(order[found[k]]));
      }
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
