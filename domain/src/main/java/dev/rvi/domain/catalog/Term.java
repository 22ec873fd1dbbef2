package dev.rvi.domain.catalog;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/** The commitment period of a reservation, paid upfront. */
public enum Term {
  P1Y(1, "1 Year Prepaid"),
  P3Y(3, "3 Years Prepaid");

  private final int years;
  private final String description;

  Term(int years, String description) {
    this.years = years;
    this.description = description;
  }

  public int years() {
    return years;
  }

  public String description() {
    return description;
  }

  public Period period() {
    return Period.ofYears(years);
  }

  /** Hours a PAYG VM would run in the same term, the basis of the savings comparison (365-day years). */
  public long hours() {
    return 8760L * years;
  }

  /**
   * Accepts every spelling partners and price sheets use: {@code P1Y}, {@code 1 Year}, {@code 1Year},
   * {@code 3 Years}, {@code 3Years}, {@code 3Year}, in any case.
   */
  public static Optional<Term> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    return switch (t) {
      case "P1Y", "1YEAR", "1YEARS" -> Optional.of(P1Y);
      case "P3Y", "3YEAR", "3YEARS" -> Optional.of(P3Y);
      default -> Optional.empty();
    };
  }
}
