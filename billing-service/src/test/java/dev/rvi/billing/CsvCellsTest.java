package dev.rvi.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OWASP's CSV-injection rules, cell by cell. */
class CsvCellsTest {

  @Test
  void formulaStartsAreNeutralisedAndQuoted() {
    assertEquals("\"'=1+1\"", CsvCells.of("=1+1"));
    assertEquals("\"'+1\"", CsvCells.of("+1"));
    assertEquals("\"'-1\"", CsvCells.of("-1"));
    assertEquals("\"'@SUM(A1)\"", CsvCells.of("@SUM(A1)"));
    assertEquals("\"'\tx\"", CsvCells.of("\tx"));
    assertEquals("\"'\rx\"", CsvCells.of("\rx"));
    assertEquals("\"'=HYPERLINK(\"\"u\"\")\"", CsvCells.of("=HYPERLINK(\"u\")"));
  }

  @Test
  void fullWidthAndSmallFormulaStartsAreNeutralised() {
    for (String start : List.of("\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\uFE66", "\uFE62", "\uFE63", "\uFE6B")) {
      String text = start + "HYPERLINK(1)";
      assertEquals("\"'" + text + "\"", CsvCells.of(text), () -> "U+" + Integer.toHexString(start.charAt(0)));
    }
  }

  @Test
  void formulaStartsAfterLeadingSpacesOfAnyKindAreNeutralised() {
    for (String space : List.of(" ", "  ", "\u00A0", "\u2007", "\u202F", "\u3000", "\u2003", "\u200B", "\uFEFF", "\n", "\u00A0 \u3000")) {
      for (String start : List.of("=", "+", "-", "@", "\uFF1D")) {
        String text = space + start + "1+1";
        assertEquals("\"'" + text + "\"", CsvCells.of(text), () -> "after " + space.codePoints().mapToObj(Integer::toHexString).toList());
      }
    }
  }

  @Test
  void textThatOnlyLooksLikeAFormulaLaterIsOnlyQuoted() {
    assertEquals("\"\u00A0Contoso\"", CsvCells.of("\u00A0Contoso"));
    assertEquals("\"Contoso \uFF1D 1\"", CsvCells.of("Contoso \uFF1D 1"));
    assertEquals("\" \"", CsvCells.of(" "));
    assertEquals("\"\uFF21BC\"", CsvCells.of("\uFF21BC"), "a full-width letter starts no formula");
  }

  @Test
  void numbersPlainTextAndAbsentValues() {
    assertEquals("-12.50", CsvCells.of(new BigDecimal("-12.50")), "a credit stays a number");
    assertEquals("\"Contoso\"", CsvCells.of("Contoso"));
    assertEquals("\"a, b\"", CsvCells.of("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvCells.of("say \"hi\""));
    assertEquals("", CsvCells.of(null));
    assertEquals("\"a=b\"", CsvCells.of("a=b"), "only a formula's first character matters");
  }
}
