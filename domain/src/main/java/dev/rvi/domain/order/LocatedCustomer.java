package dev.rvi.domain.order;

/**
 * The customer an id of Azure's paths belongs to, with its market (the country its prices and catalog are of); for a
 * quote's session, what it quotes ({@code exchange} or {@code tradeIn}), null otherwise.
 */
public record LocatedCustomer(String customerId, String country, String sessionKind) {

  public static final String EXCHANGE = "exchange";
  public static final String TRADE_IN = "tradeIn";
}
