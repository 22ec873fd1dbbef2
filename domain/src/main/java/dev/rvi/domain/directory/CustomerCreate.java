package dev.rvi.domain.directory;

/**
 * A new customer, from Partner Center's customer shape (flattened by the gateway). {@code id} is
 * never taken from a request; only the demo data names its customers' ids.
 */
public record CustomerCreate(String id, String domain, String companyName, String email, String culture, String language,
                             String country, String city, String addressLine1, String postalCode, String associatedPartnerId) {}
