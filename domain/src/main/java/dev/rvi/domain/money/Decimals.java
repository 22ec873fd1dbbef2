package dev.rvi.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts are shown: no trailing zeros beyond the cents, never in exponent form. */
public final class Decimals {
  private Decimals() {}

  public static BigDecimal display(BigDecimal value) {
    if (value == null) {
      return null;
    }
    // Already in cents: what stripping and padding again would give, the same instance (so its text is made once).
    if (value.scale() == 2) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
  }

  public static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
