package dev.rvi.catalog.market;

/** A customer country: the currency it buys in and whether reserved VM instances are sold there. */
public record Market(String country, String name, String currency, boolean offerAvailable) {}
