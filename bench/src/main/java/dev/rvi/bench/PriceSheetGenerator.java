package dev.rvi.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvi.catalog.reference.VmSizeNames;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.reference.ReferenceCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A price sheet shaped like Azure's VM catalog, in the Retail Prices format: every {@code Standard_*} size of
 * the instance size flexibility table, in the first {@code regions} Azure regions, about 65% of sizes offered in
 * each region, each with a Linux PAYG price (carrying its 1-year and 3-year savings-plan rates in a {@code savingsPlan}
 * array, as the Retail Prices API lists them) and 1-year and 3-year reservation prices; one offer in ten also has
 * an older reservation price (superseded a year ago) and one in twenty a price that changes in 30 days.
 * Written as {@code pages} files that chain by {@code NextPageLink}, as the Retail Prices API pages.
 * <pre>java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.PriceSheetGenerator out-dir [regions=60] [pages=1] [seed=7]</pre>
 * Prints the files written, one per line. Prices are made up (seeded), shaped like real ones: PAYG per vCPU-hour
 * by family, 1 year about 38% off, 3 years about 58% off; the savings plan at 72% to 65% of PAYG for 1 year and 55% to 45%
 * for 3 years, the larger the size (by vCPUs, up to 64) the lower.
 */
public final class PriceSheetGenerator {
  private static final double OFFERED = 0.65;

  private record Size(String name, String group) {}

  private record Region(String name, String display) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int regionCount = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int pages = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
    Files.createDirectories(out);
    List<Size> sizes = sizes();
    List<Region> regions = regions().subList(0, regionCount);
    Random random = new Random(seed);
    List<Map<String, Object>> items = new ArrayList<>();
    String now = "2026-01-01T00:00:00Z";
    String older = "2025-01-01T00:00:00Z";
    String later = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS).toString();
    int meter = 0;
    for (Region region : regions) {
      for (Size size : sizes) {
        if (random.nextDouble() >= OFFERED) {
          continue;
        }
        Integer cores = VmSizeNames.cores(size.name());
        double perCore = 0.03 + random.nextDouble() * 0.04;
        BigDecimal hourly = BigDecimal.valueOf(perCore * (cores == null ? 2 : cores)).setScale(4, RoundingMode.HALF_UP);
        String product = "Virtual Machines " + size.group();
        String skuName = size.name().replaceFirst("^Standard_", "").replace('_', ' ');
        Map<String, Object> payg = item(region, size, product, skuName, "Consumption", null, hourly, now, ++meter);
        payg.put("savingsPlan", List.of(savingsPlan(hourly, cores, "3 Years", 0.55, 0.45), savingsPlan(hourly, cores, "1 Year", 0.72, 0.65)));
        items.add(payg);
        BigDecimal year = hourly.multiply(BigDecimal.valueOf(8760 * 0.62)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal threeYears = hourly.multiply(BigDecimal.valueOf(26280 * 0.42)).setScale(2, RoundingMode.HALF_UP);
        items.add(item(region, size, product, skuName, "Reservation", "1 Year", year, now, ++meter));
        items.add(item(region, size, product, skuName, "Reservation", "3 Years", threeYears, now, ++meter));
        if (random.nextInt(10) == 0) {
          items.add(item(region, size, product, skuName, "Reservation", "1 Year", year.multiply(BigDecimal.valueOf(1.1))
              .setScale(2, RoundingMode.HALF_UP), older, ++meter));
        }
        if (random.nextInt(20) == 0) {
          items.add(item(region, size, product, skuName, "Reservation", "1 Year", year.multiply(BigDecimal.valueOf(0.95))
              .setScale(2, RoundingMode.HALF_UP), later, ++meter));
        }
      }
    }
    int perPage = (items.size() + pages - 1) / pages;
    for (int p = 0; p < pages; p++) {
      Path file = out.resolve(pages == 1 ? "prices.json" : "prices-" + (p + 1) + ".json");
      String next = p + 1 < pages ? out.resolve("prices-" + (p + 2) + ".json").getFileName().toString() : null;
      write(file, items.subList(p * perPage, Math.min(items.size(), (p + 1) * perPage)), next);
      System.out.println(file);
    }
    System.err.printf("%,d sizes, %,d regions, %,d rows in %d page(s)%n", sizes.size(), regions.size(), items.size(), pages);
  }

  private static Map<String, Object> item(Region region, Size size, String product, String skuName, String type, String term,
                                          BigDecimal price, String start, int meter) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("currencyCode", "USD");
    item.put("tierMinimumUnits", 0.0);
    item.put("retailPrice", price);
    item.put("unitPrice", price);
    item.put("armRegionName", region.name());
    item.put("location", region.display());
    item.put("effectiveStartDate", start);
    item.put("meterId", String.format("gen-%08d", meter));
    item.put("meterName", skuName);
    item.put("productId", "DZH318Z0" + Integer.toHexString(size.group().hashCode() & 0xffff).toUpperCase());
    item.put("skuId", "DZH318Z0-" + meter);
    item.put("productName", product);
    item.put("skuName", skuName);
    item.put("serviceName", "Virtual Machines");
    item.put("serviceId", "DZH313Z7MMC8");
    item.put("serviceFamily", "Compute");
    item.put("unitOfMeasure", "1 Hour");
    item.put("type", type);
    item.put("isPrimaryMeterRegion", true);
    item.put("armSkuName", size.name());
    if (term != null) {
      item.put("reservationTerm", term);
    }
    return item;
  }

  /** A savings-plan rate as the Retail Prices API nests it: from {@code most} of PAYG for 2 vCPUs down to {@code least} for 64. */
  private static Map<String, Object> savingsPlan(BigDecimal hourly, Integer cores, String term, double most, double least) {
    double steps = Math.min(5, Math.max(0, Math.log(cores == null ? 2 : cores) / Math.log(2) - 1));
    BigDecimal rate = hourly.multiply(BigDecimal.valueOf(most - (most - least) * steps / 5)).setScale(5, RoundingMode.HALF_UP);
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("unitPrice", rate);
    plan.put("retailPrice", rate);
    plan.put("term", term);
    return plan;
  }

  private static void write(Path file, List<Map<String, Object>> items, String nextPage) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
         JsonGenerator g = Jsons.MAPPER.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("BillingCurrency", "USD");
      g.writeStringField("CustomerEntityId", "Default");
      g.writeStringField("CustomerEntityType", "Retail");
      g.writeArrayFieldStart("Items");
      for (Map<String, Object> item : items) {
        g.writeObject(item);
      }
      g.writeEndArray();
      g.writeStringField("NextPageLink", nextPage);
      g.writeNumberField("Count", items.size());
      g.writeEndObject();
    }
  }

  private static List<Size> sizes() throws IOException {
    List<Size> out = new ArrayList<>();
    for (String[] row : csv("/reference/InstanceSizeFlexibility.csv")) {
      if (row[1].startsWith("Standard_")) {
        out.add(new Size(row[1], row[0]));
      }
    }
    return out;
  }

  private static List<Region> regions() throws IOException {
    Map<String, Region> byName = new LinkedHashMap<>();
    for (String[] row : csv("/catalog/Regions.csv")) {
      byName.putIfAbsent(row[1], new Region(row[1], row[2]));
    }
    return new ArrayList<>(byName.values());
  }

  private static List<String[]> csv(String resource) {
    return ReferenceCsv.rows(resource).stream().map(row -> row.toArray(String[]::new)).toList();
  }
}
