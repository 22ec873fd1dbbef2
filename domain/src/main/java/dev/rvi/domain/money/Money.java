package dev.rvi.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in one currency. Never binary floating point. */
public record Money(BigDecimal amount, String currencyCode) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    if (!currencyCode.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currencyCode must be an ISO 4217 code: " + currencyCode);
    }
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), currencyCode);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currencyCode);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currencyCode);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currencyCode);
  }

  /** Rounded to cents (half-up), as invoices and quotes show it. */
  public Money toCents() {
    return new Money(amount.setScale(2, RoundingMode.HALF_UP), currencyCode);
  }

  private void requireSameCurrency(Money other) {
    if (!currencyCode.equals(other.currencyCode)) {
      throw new IllegalArgumentException("currency mismatch: " + currencyCode + " vs " + other.currencyCode);
    }
  }
}
