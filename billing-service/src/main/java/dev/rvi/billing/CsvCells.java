package dev.rvi.billing;

import java.text.Normalizer;

/**
 * One cell of the reconciliation file. Text a partner typed (a customer's name, say) that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would run as a formula in a
 * spreadsheet program; as OWASP's CSV-injection guidance says, such a cell is prefixed with a single quote
 * and quoted. Numbers the product wrote (a credit's negative subtotal) stay numbers; an absent value is an
 * empty cell.
 *
 * <p>Spreadsheets also take a formula after leading spaces of any kind (a no-break space, an ideographic space,
 * an invisible format character) and from the full-width and small forms of those characters ({@code ＝},
 * {@code ＋}, {@code －}, {@code ＠}, {@code ﹦}...), which input methods type and which Unicode compatibility
 * folds onto the ASCII ones; those cells are neutralised the same way.
 */
final class CsvCells {
  private static final String FORMULA_STARTS = "=+-@";

  private CsvCells() {}

  static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    String text = value.toString();
    if (startsAFormula(text)) {
      return quoted("'" + text);
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return quoted(text);
    }
    return text;
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

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
