package dev.rvi.domain.order;

/** The customer an id of Azure's paths belongs to, with its market (the country its prices and catalog are of). */
public record LocatedCustomer(String customerId, String country) {}
