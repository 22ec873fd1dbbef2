package dev.rvi.billing;

import dev.rvi.domain.error.Errors;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Calendar months in UTC, {@code from} to {@code to} both included, as statements and the margin report cover them. */
record MonthRange(YearMonth from, YearMonth to) {
  /** The longest a margin report may span, so one report reads a bounded number of charges. */
  static final int MAX_MONTHS = 60;

  OffsetDateTime start() {
    return from.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  OffsetDateTime end() {
    return to.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  static MonthRange of(YearMonth month) {
    return new MonthRange(month, month);
  }

  /** {@code from} to {@code to}; a missing, malformed or backwards range, or one over {@link #MAX_MONTHS}, is a 400 naming the field. */
  static MonthRange parse(String from, String to) {
    YearMonth start = month("from", from);
    YearMonth end = month("to", to);
    if (end.isBefore(start)) {
      throw Errors.badRequest(Invoices.SOURCE, "to must not be before from");
    }
    if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
      throw Errors.badRequest(Invoices.SOURCE, "to must be within " + MAX_MONTHS + " months of from");
    }
    return new MonthRange(start, end);
  }

  static YearMonth month(String field, String value) {
    if (value == null || value.isBlank()) {
      throw Errors.badRequest(Invoices.SOURCE, field + " is required (yyyy-MM)");
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw Errors.badRequest(Invoices.SOURCE, field + " must be a month as yyyy-MM, not " + value);
    }
  }
}
