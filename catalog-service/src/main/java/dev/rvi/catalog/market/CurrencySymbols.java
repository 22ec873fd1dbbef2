package dev.rvi.catalog.market;

import java.util.Map;

/** Partner Center's symbols of the currencies Azure bills in, as a catalog amount shows its currency; others show the code. */
public final class CurrencySymbols {
  private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("USD", "$"), Map.entry("EUR", "€"),
      Map.entry("GBP", "£"), Map.entry("JPY", "¥"), Map.entry("AUD", "$"), Map.entry("CAD", "$"), Map.entry("NZD", "$"),
      Map.entry("INR", "₹"), Map.entry("KRW", "₩"), Map.entry("BRL", "R$"), Map.entry("CHF", "CHF"), Map.entry("DKK", "kr"),
      Map.entry("NOK", "kr"), Map.entry("SEK", "kr"), Map.entry("TWD", "NT$"), Map.entry("CNY", "¥"));

  private CurrencySymbols() {}

  public static String of(String currency) {
    return SYMBOLS.getOrDefault(currency, currency);
  }
}
