package dev.rvi.order.checkout;

import java.security.SecureRandom;

/**
 * The short order number people read out on the phone: eight characters in two groups, from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 8/B, 2/Z, U/V).
 */
public final class OrderNumbers {
  private static final char[] ALPHABET = "34679ACDEFGHJKMNPQRTWXY".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private OrderNumbers() {}

  public static String next() {
    StringBuilder out = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        out.append('-');
      }
      out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return out.toString();
  }
}
