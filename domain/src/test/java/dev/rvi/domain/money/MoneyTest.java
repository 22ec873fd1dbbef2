package dev.rvi.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void arithmeticStaysExact() {
    Money a = Money.of("0.10", "USD");
    Money sum = a.plus(Money.of("0.20", "USD"));
    assertEquals(new BigDecimal("0.30"), sum.amount());
    assertEquals(Money.of("1.01", "USD"), Money.of("1.005", "USD").toCents());
    assertEquals(Money.of("-0.70", "USD"), a.minus(Money.of("0.80", "USD")));
  }

  @Test
  void currenciesDoNotMix() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("1", "USD").plus(Money.of("1", "EUR")));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1", "dollars"));
  }

  @Test
  void displayKeepsCentsAndNeverUsesExponents() {
    assertEquals("100.00", Decimals.display(new BigDecimal("100.000000")).toPlainString());
    assertEquals("100.00", Decimals.display(new BigDecimal("1E+2")).toString());
    assertEquals("0.0965", Decimals.display(new BigDecimal("0.096500")).toString());
  }
}
