package dev.rvi.billing;

import dev.rvi.domain.error.Errors;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one statement covers: what a seller charged one buyer in one month and currency. Its id names the month and the
 * currency as they read, and the two parties in URL-safe base64, since partner and customer ids may hold any character.
 */
record StatementId(YearMonth month, String currency, String sellerId, String buyerId) {
  private static final Pattern ID = Pattern.compile("ST-(\\d{4})(\\d{2})-([A-Z]{3})-([A-Za-z0-9_-]{1,600})");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  String id() {
    String parties = ENCODER.encodeToString((sellerId + "\n" + buyerId).getBytes(StandardCharsets.UTF_8));
    return String.format("ST-%04d%02d-%s-%s", month.getYear(), month.getMonthValue(), currency, parties);
  }

  /** The statement an id names; an id that names none is a statement not found. */
  static StatementId parse(String id) {
    Matcher m = id == null ? null : ID.matcher(id);
    if (m == null || !m.matches()) {
      throw notFound(id);
    }
    int month = Integer.parseInt(m.group(2));
    String parties;
    try {
      parties = new String(Base64.getUrlDecoder().decode(m.group(4)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notFound(id);
    }
    int split = parties.indexOf('\n');
    if (month < 1 || month > 12 || split <= 0 || split == parties.length() - 1) {
      throw notFound(id);
    }
    return new StatementId(YearMonth.of(Integer.parseInt(m.group(1)), month), m.group(3), parties.substring(0, split),
        parties.substring(split + 1));
  }

  static RuntimeException notFound(String id) {
    return Errors.notFound(Invoices.SOURCE, "statement " + id + " not found");
  }
}
