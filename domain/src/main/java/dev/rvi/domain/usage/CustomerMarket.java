package dev.rvi.domain.usage;

/** The order service's answer for a customer the caller may see: its market, for prices. */
public record CustomerMarket(String customerId, String country) {}
