package dev.rvi.domain.catalog;

import java.util.List;
import java.util.Map;

/** Partner Center's InventoryCheckRequest, checked for one market. */
public record InventoryCheck(String country, List<Item> targetItems, Map<String, String> inventoryContext) {

  public record Item(String productId, String skuId) {}

  public InventoryCheck {
    targetItems = targetItems == null ? List.of() : List.copyOf(targetItems);
    inventoryContext = inventoryContext == null ? Map.of() : Map.copyOf(inventoryContext);
  }
}
