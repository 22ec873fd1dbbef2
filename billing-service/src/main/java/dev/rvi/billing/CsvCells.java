package dev.rvi.billing;

import java.text.Normalizer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * One cell of the reconciliation file. Text a partner typed (a customer's name, say) that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would run as a formula in a
 * spreadsheet program; as OWASP's CSV-injection guidance says, such a cell is prefixed with a single quote
 * and quoted (commons-csv writes the file, every text cell quoted). Numbers the product wrote (a credit's negative
 * subtotal) stay unquoted numbers; an absent value is an empty cell.
 *
 * <p>Spreadsheets also take a formula after leading spaces of any kind (a no-break space, an ideographic space,
 * an invisible format character) and from the full-width and small forms of those characters ({@code ＝},
 * {@code ＋}, {@code －}, {@code ＠}, {@code ﹦}...), which input methods type and which Unicode compatibility
 * folds onto the ASCII ones; those cells are neutralised the same way.
 */
final class CsvCells {
  private static final String FORMULA_STARTS = "=+-@";
  /** RFC 4180 with CRLF; every value that is not a number quoted (so a neutralised formula is always quoted too). */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.NON_NUMERIC).setRecordSeparator("\r\n").get();

  private CsvCells() {}

  /** The value to print: text that would start a formula prefixed with a single quote; numbers and nulls as they are. */
  static Object safe(Object value) {
    if (value == null || value instanceof Number) {
      return value;
    }
    String text = value.toString();
    return startsAFormula(text) ? "'" + text : text;
  }

  /** One cell as the reconciliation file writes it. */
  static String of(Object value) {
    return FORMAT.format(safe(value));
  }

  private static boolean startsAFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
      return true;
    }
    int i = 0;
    while (i < text.length() && isBlank(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return false;
    }
    String first = Normalizer.normalize(Character.toString(text.codePointAt(i)), Normalizer.Form.NFKC);
    return !first.isEmpty() && FORMULA_STARTS.indexOf(first.charAt(0)) >= 0;
  }

  /** What a spreadsheet may pass over before a formula: whitespace, Unicode spaces, controls and invisible format characters. */
  private static boolean isBlank(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }
}
