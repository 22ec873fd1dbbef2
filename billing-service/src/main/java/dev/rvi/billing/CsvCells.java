package dev.rvi.billing;

/**
 * One cell of the reconciliation file. Text a partner typed (a customer's name, say) that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would run as a formula in a
 * spreadsheet program; as OWASP's CSV-injection guidance says, such a cell is prefixed with a single quote
 * and quoted. Numbers the product wrote (a credit's negative subtotal) stay numbers; an absent value is an
 * empty cell.
 */
final class CsvCells {
  private CsvCells() {}

  static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return quoted("'" + text);
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return quoted(text);
    }
    return text;
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
