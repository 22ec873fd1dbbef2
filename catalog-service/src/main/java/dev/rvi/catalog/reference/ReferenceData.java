package dev.rvi.catalog.reference;

import dev.rvi.domain.reference.ReferenceCsv;
import java.math.BigDecimal;
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

  /** Rows after the header. */
  static List<List<String>> csv(String resource) {
    return ReferenceCsv.rows(resource);
  }
}
