package dev.rvi.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths in any case, as Partner Center matches them, routed again in the route's own spelling. */
class PathSpellingTest {
  private final PathSpelling spelling = new PathSpelling(List.of("/v1/extensions/product/checkInventory",
      "/v1/customers/:customerId/carts/:cartId", "/v1/admin/priceSheetLoads/:id", "/v1/admin/priceSheetLoads/current"));

  @Test
  void aRouteInAnotherCaseIsSpelledAsTheRoute() {
    assertEquals("/v1/extensions/product/checkInventory", spelling.spelling("/v1/extensions/product/checkinventory"));
    assertEquals("/v1/extensions/product/checkInventory", spelling.spelling("/V1/EXTENSIONS/PRODUCT/CHECKINVENTORY"));
  }

  @Test
  void parameterValuesKeepTheirCase() {
    assertEquals("/v1/customers/AbC-1/carts/XyZ", spelling.spelling("/v1/CUSTOMERS/AbC-1/Carts/XyZ"));
  }

  @Test
  void theRouteWithMoreFixedSegmentsWins() {
    assertEquals("/v1/admin/priceSheetLoads/current", spelling.spelling("/v1/admin/pricesheetloads/CURRENT"));
    assertEquals("/v1/admin/priceSheetLoads/Load-7", spelling.spelling("/v1/admin/pricesheetloads/Load-7"));
  }

  @Test
  void aPathNoRouteFitsIsLeftAlone() {
    assertNull(spelling.spelling("/v1/extensions/product/checkinventory/more"));
    assertNull(spelling.spelling("/v1/customers/a/orders/b"));
  }
}
