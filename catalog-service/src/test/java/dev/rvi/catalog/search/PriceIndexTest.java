package dev.rvi.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.domain.catalog.CatalogSort;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The index against a brute-force answer written from the search's rules (the SQL it replaced): generated
 * prices, thousands of random filters, every sort, pages from the first to past the last.
 */
class PriceIndexTest {
  private static final String[] REGIONS = {"eastus", "westus2", "northeurope", "westeurope", "japaneast", "brazilsouth"};
  private static final String[] DISPLAYS = {"US East", "US West 2", "EU North", "EU West", "JA East", "BR South"};
  private static final String[] SERIES = {"DSv5 Series", "Esv5 Series", "FSv2 Series", "B-series", "Lsv3 Series"};
  private static final String[] CURRENCIES = {"USD", "EUR"};

  private static List<IndexedPrice> generate(Random random, int sizes) {
    List<IndexedPrice> out = new ArrayList<>();
    for (int s = 0; s < sizes; s++) {
      String series = SERIES[random.nextInt(SERIES.length)];
      String sku = "Standard_" + (char) ('A' + random.nextInt(6)) + (1 << random.nextInt(7)) + (random.nextBoolean() ? "s" : "") + "_v" + s;
      Integer cores = random.nextInt(10) == 0 ? null : 1 << random.nextInt(7);
      for (String currency : CURRENCIES) {
        for (int r = 0; r < REGIONS.length; r++) {
          if (random.nextInt(3) == 0) {
            continue;
          }
          BigDecimal hourly = random.nextInt(8) == 0 ? null : BigDecimal.valueOf(random.nextInt(5000) + 1, 4);
          for (Term term : Term.values()) {
            // Ties on price are frequent on purpose: the tie-breaks must agree too.
            BigDecimal price = BigDecimal.valueOf(random.nextInt(40) * 25 + 100);
            out.add(new IndexedPrice(currency, "DZH318Z0" + s, "sku" + s + r + term, sku, REGIONS[r], DISPLAYS[r], series, cores, BigDecimal.ONE, term,
                price, hourly, hourly == null ? null : hourly.multiply(BigDecimal.valueOf(term == Term.P1Y ? 0.7 : 0.5))));
          }
        }
      }
    }
    return out;
  }

  private static BigDecimal savings(IndexedPrice p) {
    if (p.paygHourly() == null) {
      return null;
    }
    BigDecimal payg = p.paygHourly().multiply(BigDecimal.valueOf(p.term() == Term.P3Y ? 26280 : 8760));
    return payg.signum() == 0 ? null : payg.subtract(p.unitPrice()).divide(payg, MathContext.DECIMAL128);
  }

  private static Comparator<IndexedPrice> order(CatalogSort sort) {
    Comparator<IndexedPrice> name = Comparator.<IndexedPrice, String>comparing(p -> p.armSkuName().toLowerCase(Locale.ROOT))
        .thenComparing(IndexedPrice::armRegionName).thenComparing(p -> p.term().name());
    return switch (sort) {
      case NAME -> name;
      case PRICE -> Comparator.comparing(IndexedPrice::unitPrice).thenComparing(name);
      case PRICE_DESC -> Comparator.comparing(IndexedPrice::unitPrice, Comparator.reverseOrder()).thenComparing(name);
      case SAVINGS -> Comparator.comparing(PriceIndexTest::savings, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(name);
      case CORES -> Comparator.comparing(IndexedPrice::cores, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(name);
      case REGION -> Comparator.comparing(IndexedPrice::armRegionName).thenComparing(p -> p.armSkuName().toLowerCase(Locale.ROOT))
          .thenComparing(p -> p.term().name());
    };
  }

  private static boolean matches(IndexedPrice p, PriceIndex.Filter f) {
    String text = f.text() == null ? null : f.text().toLowerCase(Locale.ROOT);
    return p.currency().equals(f.currency())
        && (f.armRegionNames().isEmpty() || f.armRegionNames().stream().anyMatch(r -> r.equalsIgnoreCase(p.armRegionName())))
        && (f.series().isEmpty() || f.series().contains(p.series().toLowerCase(Locale.ROOT)))
        && (f.armSkuNames().isEmpty() || f.armSkuNames().stream().anyMatch(s -> s.equalsIgnoreCase(p.armSkuName())))
        && (f.term() == null || f.term() == p.term())
        && (f.minCores() == null || p.cores() != null && p.cores() >= f.minCores())
        && (f.maxCores() == null || p.cores() != null && p.cores() <= f.maxCores())
        && (text == null || p.armSkuName().toLowerCase(Locale.ROOT).contains(text) || p.series().toLowerCase(Locale.ROOT).contains(text)
            || p.armRegionName().contains(text) || p.regionDisplay().toLowerCase(Locale.ROOT).contains(text));
  }

  private static <T> List<T> some(Random random, List<T> from) {
    List<T> out = new ArrayList<>();
    if (random.nextBoolean()) {
      return out;
    }
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.add(from.get(random.nextInt(from.size())));
    }
    return out;
  }

  private static PriceIndex.Filter filter(Random random, List<IndexedPrice> prices) {
    List<String> skus = prices.stream().map(p -> random.nextBoolean() ? p.armSkuName() : p.armSkuName().toUpperCase(Locale.ROOT)).distinct()
        .collect(Collectors.toList());
    skus.add("Standard_Unknown_v9");
    List<String> regions = new ArrayList<>(List.of(REGIONS));
    regions.add("EastUS");
    List<String> series = new ArrayList<>();
    for (String s : SERIES) {
      series.add(s.toLowerCase(Locale.ROOT));
    }
    String[] texts = {null, null, "d", "v5", "east", "EU ", "series", "S_V1", "nothing-like-it", "us west"};
    Integer min = random.nextInt(4) == 0 ? 1 << random.nextInt(7) : null;
    Integer max = random.nextInt(4) == 0 ? 1 << random.nextInt(7) : null;
    Term term = random.nextInt(3) == 0 ? null : Term.values()[random.nextInt(2)];
    return new PriceIndex.Filter(CURRENCIES[random.nextInt(3) == 0 ? 1 : 0], some(random, regions).stream()
        .map(r -> r.toLowerCase(Locale.ROOT)).toList(), some(random, series), random.nextInt(4) == 0 ? some(random, skus) : List.of(),
        term, min, max, texts[random.nextInt(texts.length)]);
  }

  @Test
  void everyFilterSortAndPageAgreesWithBruteForce() {
    Random random = new Random(20261201);
    List<IndexedPrice> prices = generate(random, 120);
    PriceIndex index = new PriceIndex(prices, null, null, 1);
    for (int run = 0; run < 3000; run++) {
      PriceIndex.Filter f = filter(random, prices);
      CatalogSort sort = CatalogSort.values()[random.nextInt(CatalogSort.values().length)];
      List<IndexedPrice> expected = prices.stream().filter(p -> matches(p, f)).sorted(order(sort)).toList();
      int size = 1 + random.nextInt(50);
      int offset = random.nextInt(4) == 0 ? Math.max(0, expected.size() - random.nextInt(3) * size) : random.nextInt(Math.max(1, expected.size() + 5));
      PriceIndex.Page page = index.search(f, sort, offset, size);
      String what = f + " " + sort + " offset " + offset + " size " + size;
      assertEquals(expected.size(), page.total(), what);
      assertEquals(expected.subList(Math.min(offset, expected.size()), Math.min(offset + size, expected.size())), page.items(), what);
    }
  }

  @Test
  void anEmptyIndexAnswersAnEmptyPageAndKnowsWhenItHolds() {
    PriceIndex empty = new PriceIndex(List.of(), Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"), 0);
    assertEquals(0, empty.search(new PriceIndex.Filter("USD", List.of(), List.of(), List.of(), null, null, null, null),
        CatalogSort.NAME, 0, 10).total());
    assertEquals(true, empty.holdsAt(Instant.parse("2026-03-01T00:00:00Z")));
    assertEquals(false, empty.holdsAt(Instant.parse("2026-06-01T00:00:00Z")), "the next price change ends it");
    assertEquals(false, empty.holdsAt(Instant.parse("2025-12-31T23:59:59Z")), "a clock moved back before its window");
  }
}
