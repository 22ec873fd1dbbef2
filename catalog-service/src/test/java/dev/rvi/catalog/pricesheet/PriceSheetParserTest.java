package dev.rvi.catalog.pricesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.domain.catalog.Term;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceSheetParserTest {
  private static final ReferenceData REFERENCE = ReferenceData.bundled();
  private final PriceSheetParser parser = new PriceSheetParser(REFERENCE);

  private static final String ROW = "{\"currencyCode\":\"USD\",\"armSkuName\":\"Standard_D4s_v5\",\"armRegionName\":\"westeurope\","
      + "\"type\":\"Reservation\",\"reservationTerm\":\"3 Years\",\"retailPrice\":1234.5678,\"unitPrice\":1234.5678,"
      + "\"effectiveStartDate\":\"2024-05-01T00:00:00Z\",\"serviceName\":\"Virtual Machines\",\"productName\":\"Virtual Machines Dsv5 Series\"}";

  @Test
  void resolvesARowAgainstTheReferenceData() {
    PriceSheetParser.Result result = parser.parse(new StringReader("{\"Items\":[" + ROW + "]}"), null);
    PriceRow row = result.rows().get(0);
    assertEquals(Term.P3Y, row.term());
    assertEquals(new BigDecimal("1234.5678"), row.unitPrice(), "prices stay decimal from the file on");
    assertEquals(Instant.parse("2024-05-01T00:00:00Z"), row.effectiveStart());
    assertEquals("Dsv5 Series", row.series());
    assertEquals(0, new BigDecimal("2").compareTo(row.flexRatio()));
    assertEquals(4, row.cores());
    assertEquals("West Europe", row.regionDisplay());
    assertEquals(CatalogIds.product("Dsv5 Series"), row.productId());
    assertEquals(CatalogIds.sku("Standard_D4s_v5", "westeurope", Term.P3Y), row.skuId());
  }

  @Test
  void aBareArrayAndDateOnlyStartsAreAccepted() {
    String row = ROW.replace("2024-05-01T00:00:00Z", "2024-05-01");
    PriceSheetParser.Result result = parser.parse(new StringReader("[" + row + "]"), null);
    assertEquals(Instant.parse("2024-05-01T00:00:00Z"), result.rows().get(0).effectiveStart());
  }

  @Test
  void sizesWithoutAFlexibilityGroupAreTheirOwnSeries() {
    String row = ROW.replace("Standard_D4s_v5", "Standard_X9_custom").replace("Dsv5 Series", "X Series");
    PriceRow parsed = parser.parse(new StringReader("[" + row + "]"), null).rows().get(0);
    assertEquals("X Series", parsed.series());
    assertNull(parsed.flexRatio());
  }

  @Test
  void readsTheBundledSampleSheetWhole() throws Exception {
    try (var in = new InputStreamReader(getClass().getResourceAsStream("/catalog/sample-price-sheet.json"), StandardCharsets.UTF_8)) {
      PriceSheetParser.Result result = parser.parse(in, null);
      assertEquals(840, result.rowsRead());
      assertEquals(840, result.rows().size());
      assertEquals(List.of(), result.rejected());
    }
  }

  @Test
  void reportsProgressEveryThousandRows() {
    StringBuilder sheet = new StringBuilder("{\"Items\":[");
    for (int i = 0; i < 2500; i++) {
      sheet.append(i == 0 ? "" : ",").append(ROW.replace("2024-05-01T00:00:00Z", java.time.LocalDate.of(2024, 1, 1).plusDays(i) + "T00:00:00Z"));
    }
    List<Integer> progress = new ArrayList<>();
    PriceSheetParser.Result result = parser.parse(new StringReader(sheet.append("]}").toString()), progress::add);
    assertEquals(List.of(1000, 2000), progress);
    assertEquals(2500, result.rows().size(), "each start date is its own price");
  }

  @Test
  void notAPriceSheetIsRefusedWhole() {
    for (String text : new String[] {"", "42", "{\"foo\":[]}", "{\"Items\":{}}", "[1,2]", "{\"Items\":[{\"a\":1},"}) {
      assertThrows(PriceSheetParser.NotAPriceSheet.class, () -> parser.parse(new StringReader(text), null), text);
    }
  }

  @Test
  void idsAreStableAndDistinct() {
    assertEquals(CatalogIds.sku("Standard_D2s_v5", "eastus", Term.P1Y), CatalogIds.sku("standard_d2s_v5", "eastus", Term.P1Y));
    assertEquals(12, CatalogIds.product("Dsv5 Series").length());
    List<String> ids = List.of(CatalogIds.sku("Standard_D2s_v5", "eastus", Term.P1Y), CatalogIds.sku("Standard_D2s_v5", "eastus", Term.P3Y),
        CatalogIds.sku("Standard_D2s_v5", "westus2", Term.P1Y));
    assertEquals(3, ids.stream().distinct().count());
  }
}
