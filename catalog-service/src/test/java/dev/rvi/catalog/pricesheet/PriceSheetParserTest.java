package dev.rvi.catalog.pricesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.domain.catalog.PriceSheetReport.RowProblem;
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
      assertEquals(840 + 560, result.rows().size(), "each PAYG row with its two savings-plan rates");
      assertEquals(560, result.rows().stream().filter(r -> r.type().equals(PriceRow.SAVINGS_PLAN)).count());
      assertEquals(List.of(), result.rejected());
    }
  }

  @Test
  void aPaygRowsSavingsPlanRatesAreRowsOfTheirOwnUnderItsNumber() {
    String payg = ROW.replace("\"type\":\"Reservation\",\"reservationTerm\":\"3 Years\"", "\"type\":\"Consumption\"")
        .replace("1234.5678", "0.192").replace("{\"currencyCode\"", "{\"savingsPlan\":[{\"unitPrice\":0.0998,\"retailPrice\":0.0998,"
            + "\"term\":\"3 Years\"},{\"retailPrice\":0.1344,\"term\":\"1 Year\"}],\"currencyCode\"");
    List<Integer> indexes = new ArrayList<>();
    List<PriceRow> rows = new ArrayList<>();
    int read = parser.stream(new StringReader("[" + payg + "]"), new PriceSheetParser.Sink() {
      @Override
      public void accepted(int index, PriceRow row) {
        indexes.add(index);
        rows.add(row);
      }

      @Override
      public void skipped(RowProblem problem) {}

      @Override
      public void rejected(RowProblem problem) {}
    }, 7);
    assertEquals(1, read);
    assertEquals(List.of(7, 7, 7), indexes);
    assertEquals(List.of(PriceRow.CONSUMPTION, PriceRow.SAVINGS_PLAN, PriceRow.SAVINGS_PLAN), rows.stream().map(PriceRow::type).toList());
    PriceRow threeYears = rows.get(1);
    assertEquals(Term.P3Y, threeYears.term());
    assertEquals(new BigDecimal("0.0998"), threeYears.unitPrice());
    assertEquals("", threeYears.skuId(), "a rate is no SKU of a reservation");
    assertEquals(rows.get(0).effectiveStart(), threeYears.effectiveStart());
    assertEquals(new BigDecimal("0.1344"), rows.get(2).unitPrice(), "retailPrice when there is no unitPrice");
    assertEquals(Term.P1Y, rows.get(2).term());
  }

  @Test
  void aSavingsPlanRowOfItsOwnTakesItsTermFromTermOrReservationTerm() {
    String plan = ROW.replace("\"type\":\"Reservation\",\"reservationTerm\":\"3 Years\"", "\"type\":\"SavingsPlan\",\"term\":\"1 Year\"")
        .replace("1234.5678", "0.1344");
    String byReservationTerm = ROW.replace("\"type\":\"Reservation\"", "\"type\":\"SavingsPlan\"").replace("1234.5678", "0.0998");
    String noTerm = ROW.replace("\"type\":\"Reservation\",\"reservationTerm\":\"3 Years\"", "\"type\":\"SavingsPlan\"");
    PriceSheetParser.Result result = parser.parse(new StringReader("[" + plan + "," + byReservationTerm + "," + noTerm + "]"), null);
    assertEquals(List.of(Term.P1Y, Term.P3Y), result.rows().stream().map(PriceRow::term).toList());
    assertEquals(PriceRow.SAVINGS_PLAN, result.rows().get(0).type());
    assertEquals("", result.rows().get(0).skuId());
    assertEquals(List.of("term is missing"), result.rejected().stream().map(RowProblem::reason).toList());
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
