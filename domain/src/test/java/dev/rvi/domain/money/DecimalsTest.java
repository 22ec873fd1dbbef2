package dev.rvi.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts as shown: cents at least, no trailing zeros beyond them, never an exponent; an amount in cents is kept as it is. */
class DecimalsTest {
  private static String shown(String value) {
    return Decimals.display(new BigDecimal(value)).toString();
  }

  @Test
  void centsAtLeastAndNoTrailingZerosBeyondThem() {
    assertEquals("1333.32", shown("1333.32"));
    assertEquals("1333.30", shown("1333.30"));
    assertEquals("1300.00", shown("1300.00"));
    assertEquals("1200.00", shown("1.2E+3"));
    assertEquals("12.50", shown("12.5"));
    assertEquals("0.00", shown("0"));
    assertEquals("-3.10", shown("-3.1000"));
    assertEquals("0.136986", shown("0.1369860"));
    assertEquals("2.50", shown("2.500000"));
  }

  /** A price list's prices are in cents: the same instance is shown, so its text is made once. */
  @Test
  void anAmountInCentsIsShownAsItIs() {
    BigDecimal cents = new BigDecimal("2913.30");
    assertSame(cents, Decimals.display(cents));
  }
}
