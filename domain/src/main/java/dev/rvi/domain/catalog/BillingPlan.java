package dev.rvi.domain.catalog;

import dev.rvi.domain.money.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a reservation is paid: upfront, or monthly at no extra cost — the same total in equal payments, one for each
 * month of the term from the purchase date, rounded to cents so that they sum exactly to the total (the last one
 * takes the difference). Every VM reservation term offers both.
 */
public enum BillingPlan {
  Upfront,
  Monthly;

  public static Optional<BillingPlan> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "upfront" -> Optional.of(Upfront);
      case "monthly" -> Optional.of(Monthly);
      default -> Optional.empty();
    };
  }

  /** How many payments the term takes: one, or one per month. */
  public int payments(Term term) {
    return this == Upfront ? 1 : term.years() * 12;
  }

  /** The payments of {@code total}, in cents, summing exactly to it. */
  public List<BigDecimal> schedule(BigDecimal total, Term term) {
    BigDecimal cents = Decimals.cents(total);
    int n = payments(term);
    BigDecimal each = cents.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
    List<BigDecimal> out = new ArrayList<>(n);
    for (int k = 0; k < n - 1; k++) {
      out.add(each);
    }
    out.add(cents.subtract(each.multiply(BigDecimal.valueOf(n - 1))));
    return out;
  }
}
