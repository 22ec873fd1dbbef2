package dev.rvi.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
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
  void numbersPlainTextAndAbsentValues() {
    assertEquals("-12.50", CsvCells.of(new BigDecimal("-12.50")), "a credit stays a number");
    assertEquals("Contoso", CsvCells.of("Contoso"));
    assertEquals("\"a, b\"", CsvCells.of("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvCells.of("say \"hi\""));
    assertEquals("", CsvCells.of(null));
    assertEquals("a=b", CsvCells.of("a=b"), "only a formula's first character matters");
  }
}
