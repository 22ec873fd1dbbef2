package dev.rvi.catalog.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reference data bundled with the catalog: Microsoft's instance size flexibility groups and ratios,
 * the Azure region names, and the vCPU/memory of the VM sizes. Read once at start; the service
 * writes it to its tables and keeps it in memory to resolve price-sheet rows.
 */
public record ReferenceData(Map<String, FlexibilitySize> flexibility, Map<String, VmSize> vmSizes,
                            Map<String, String> regions) {

  public record FlexibilitySize(String armSkuName, String group, BigDecimal ratio) {}

  public record VmSize(String armSkuName, int cores, BigDecimal memoryGib) {}

  public static ReferenceData bundled() {
    Map<String, FlexibilitySize> flex = new LinkedHashMap<>();
    for (List<String> row : csv("/reference/InstanceSizeFlexibility.csv")) {
      flex.put(row.get(1).toLowerCase(Locale.ROOT), new FlexibilitySize(row.get(1), row.get(0), new BigDecimal(row.get(2))));
    }
    Map<String, VmSize> sizes = new LinkedHashMap<>();
    for (List<String> row : csv("/catalog/vm-sizes.csv")) {
      sizes.put(row.get(0).toLowerCase(Locale.ROOT),
          new VmSize(row.get(0), Integer.parseInt(row.get(1)), new BigDecimal(row.get(2))));
    }
    Map<String, String> regions = new LinkedHashMap<>();
    for (List<String> row : csv("/catalog/Regions.csv")) {
      regions.putIfAbsent(row.get(1), row.get(2));
    }
    return new ReferenceData(Map.copyOf(flex), Map.copyOf(sizes), Map.copyOf(regions));
  }

  public FlexibilitySize flexibilityOf(String armSkuName) {
    return flexibility.get(armSkuName.toLowerCase(Locale.ROOT));
  }

  public VmSize sizeOf(String armSkuName) {
    return vmSizes.get(armSkuName.toLowerCase(Locale.ROOT));
  }

  /** Rows after the header; fields may be quoted (no quotes inside quotes in these files). */
  static List<List<String>> csv(String resource) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing reference data " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(fields(line));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
