package dev.rvi.catalog.pricesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.domain.catalog.PriceSheetReport.RowProblem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sheets from the security report: each bad row is rejected with its reason, each bad sheet refused whole. */
class HostilePriceSheetTest {
  private final PriceSheetParser parser = new PriceSheetParser(ReferenceData.bundled());

  private static final String GOOD = row("\"Standard_D4s_v5\"", "1234.5678");

  private static String row(String armSkuName, String price) {
    return "{\"currencyCode\":\"USD\",\"armSkuName\":" + armSkuName + ",\"armRegionName\":\"westeurope\",\"type\":\"Reservation\","
        + "\"reservationTerm\":\"3 Years\",\"retailPrice\":" + price + ",\"unitPrice\":" + price + ","
        + "\"effectiveStartDate\":\"2024-05-01T00:00:00Z\",\"serviceName\":\"Virtual Machines\","
        + "\"productName\":\"Virtual Machines Dsv5 Series\"}";
  }

  /** The bad row, then a good one: the bad one is rejected and reading goes on. */
  private RowProblem rejectedBeforeAGoodRow(String bad) {
    PriceSheetParser.Result result = parser.parse(new StringReader("{\"Items\":[" + bad + "," + GOOD + "]}"), null);
    assertEquals(2, result.rowsRead(), bad);
    assertEquals(1, result.rows().size(), bad);
    assertEquals(1, result.rejected().size(), bad);
    RowProblem problem = result.rejected().get(0);
    assertEquals(0, problem.row());
    return problem;
  }

  private static void assertReason(String expected, RowProblem problem) {
    assertTrue(problem.reason().contains(expected), () -> "'" + expected + "' in " + problem);
  }

  @Test
  void anArmSkuNameThatIsNotTextIsARejectedRow() {
    for (String sku : List.of("true", "12345", "{}", "[\"Standard_D4s_v5\"]")) {
      assertReason("armSkuName must be a string", rejectedBeforeAGoodRow(row(sku, "1.0")));
    }
  }

  @Test
  void anArmSkuNameThatNamesNoSizeIsARejectedRow() {
    for (String sku : List.of("\"true\"", "\"12345\"")) {
      RowProblem problem = rejectedBeforeAGoodRow(row(sku, "1.0"));
      assertReason("is not a VM size name", problem);
      assertEquals(sku.replace("\"", ""), problem.armSkuName());
    }
  }

  @Test
  void anArmSkuNameWithANulIsARejectedRowThatDoesNotEchoIt() {
    RowProblem problem = rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\\u0000\"", "1.0"));
    assertReason("armSkuName holds a NUL character", problem);
    assertEquals(null, problem.armSkuName());
  }

  @Test
  void anExponentNoDecimalCanHoldIsARejectedRow() {
    for (String price : List.of("1.0e+9999999999", "1e-9999999999", "1E2147483648")) {
      assertReason("is out of range", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", price)));
      String onlyRetail = row("\"Standard_D4s_v5\"", "1.0").replace("\"retailPrice\":1.0", "\"retailPrice\":" + price);
      assertReason("retailPrice " + price + " is out of range", rejectedBeforeAGoodRow(onlyRetail));
    }
  }

  @Test
  void anExponentAtTheEdgeOfTheDecimalRangeIsOutOfRangeNotAPrice() {
    assertReason("is out of range", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", "1e2147483647")));
  }

  @Test
  void numbersInsideNestedValuesAreNotRead() {
    String withPlan = GOOD.replace("{\"currencyCode\"", "{\"savingsPlan\":[{\"retailPrice\":1e+9999999999,\"term\":\"1 Year\"}],"
        + "\"currencyCode\"");
    assertEquals(1, parser.parse(new StringReader("[" + withPlan + "]"), null).rows().size(), "a reservation's savingsPlan is not read");
    String nested = payg("[{\"unitPrice\":0.1,\"term\":\"1 Year\",\"more\":{\"a\":[1e+9999999999]},\"savingsPlan\":[42]}]");
    assertEquals(2, parser.parse(new StringReader("[" + nested + "]"), null).rows().size(), "nothing nested in a rate is read");
  }

  private static String payg(String savingsPlan) {
    return GOOD.replace("\"type\":\"Reservation\",\"reservationTerm\":\"3 Years\"", "\"type\":\"Consumption\"")
        .replace("{\"currencyCode\"", "{\"savingsPlan\":" + savingsPlan + ",\"currencyCode\"");
  }

  @Test
  void aBadSavingsPlanRateRejectsItsPaygRowWithTheEntryNamed() {
    assertReason("savingsPlan[1]: unitPrice must be a number",
        rejectedBeforeAGoodRow(payg("[{\"unitPrice\":0.1,\"term\":\"1 Year\"},{\"unitPrice\":\"0.1\",\"term\":\"3 Years\"}]")));
    assertReason("savingsPlan[0]: unitPrice 1e+9999999999 is out of range",
        rejectedBeforeAGoodRow(payg("[{\"unitPrice\":1e+9999999999,\"term\":\"1 Year\"}]")));
    assertReason("savingsPlan[0]: unitPrice must be more than zero", rejectedBeforeAGoodRow(payg("[{\"unitPrice\":0,\"term\":\"1 Year\"}]")));
    assertReason("savingsPlan[0]: term is missing", rejectedBeforeAGoodRow(payg("[{\"unitPrice\":0.1}]")));
    assertReason("savingsPlan[0]: term must be a string", rejectedBeforeAGoodRow(payg("[{\"unitPrice\":0.1,\"term\":1}]")));
    for (String malformed : List.of("[42]", "[[]]", "{}", "\"1 Year\"", "[" + "{\"unitPrice\":0.1,\"term\":\"1 Year\"},".repeat(8) + "{}]")) {
      assertReason("savingsPlan must be an array of at most 8 objects", rejectedBeforeAGoodRow(payg(malformed)));
    }
  }

  @Test
  void aPriceOfZeroOrLessOrOneThatWouldBeStoredAsZeroIsARejectedRow() {
    assertReason("must be more than zero", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", "0")));
    assertReason("must be more than zero", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", "0.000")));
    assertReason("must not be negative", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", "-1")));
    assertReason("must not be negative", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", "-0.5e-3")));
    assertReason("below the smallest price", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", "1e-400")));
    assertReason("below the smallest price", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", "1e-2147483647")));
    assertReason("below the smallest price", rejectedBeforeAGoodRow(row("\"Standard_D4s_v5\"", "0.0000009")));
  }

  @Test
  void theSmallestStoredPriceLoads() {
    PriceSheetParser.Result result = parser.parse(new StringReader("[" + row("\"Standard_D4s_v5\"", "0.000001") + "]"), null);
    assertEquals(new BigDecimal("0.000001"), result.rows().get(0).unitPrice());
  }

  @Test
  void aSheetCutShortIsRefusedWhole() {
    for (String text : List.of("{\"Items\":[" + GOOD + "]", "{\"Items\":[" + GOOD + "],\"Count\":1", "{\"Items\":[" + GOOD + "],",
        "{\"Items\":[" + GOOD + "],\"NextPageLink\":")) {
      assertThrows(PriceSheetParser.NotAPriceSheet.class, () -> parser.parse(new StringReader(text), null), text);
    }
  }

  @Test
  void textAfterTheSheetIsRefusedWhole() {
    for (String text : List.of("{\"Items\":[" + GOOD + "]}}", "{\"Items\":[" + GOOD + "]} x", "[" + GOOD + "] []",
        "{\"Items\":[" + GOOD + "]}{\"Items\":[]}", "[" + GOOD + "]]", "[" + GOOD + "] 42")) {
      assertThrows(PriceSheetParser.NotAPriceSheet.class, () -> parser.parse(new StringReader(text), null), text);
    }
  }

  @Test
  void theEnvelopesOtherFieldsAndTrailingWhitespaceAreRead() {
    String sheet = "{\"BillingCurrency\":\"USD\",\"Items\":[" + GOOD + "],\"NextPageLink\":null,\"Count\":1,\"Extra\":{\"a\":[1e+9999999999]}}\n \n";
    assertEquals(1, parser.parse(new StringReader(sheet), null).rows().size());
  }
}
