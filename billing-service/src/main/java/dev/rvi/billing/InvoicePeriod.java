package dev.rvi.billing;

import dev.rvi.domain.error.Errors;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one one-time invoice covers: a partner's charges of one calendar month in one currency; its id says both. */
record InvoicePeriod(YearMonth month, String currency) {
  private static final Pattern ID = Pattern.compile("OT-(\\d{4})(\\d{2})-([A-Z]{3})");

  String id() {
    return String.format("OT-%04d%02d-%s", month.getYear(), month.getMonthValue(), currency);
  }

  /** The period an invoice id names; an id that names none is an invoice not found. */
  static InvoicePeriod parse(String id) {
    Matcher m = id == null ? null : ID.matcher(id);
    if (m == null || !m.matches()) {
      throw notFound(id);
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      throw notFound(id);
    }
    return new InvoicePeriod(YearMonth.of(Integer.parseInt(m.group(1)), month), m.group(3));
  }

  static RuntimeException notFound(String id) {
    return Errors.notFound(Invoices.SOURCE, "invoice " + id + " not found");
  }
}
