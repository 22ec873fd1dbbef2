package dev.rvi.directory.customer;

import java.time.OffsetDateTime;

/** A partner's customer as the directory keeps it; the country decides the market. */
public record Customer(String id, String partnerId, String associatedPartnerId, String domain, String companyName, String email,
                       String culture, String language, String country, String city, String addressLine1, String postalCode,
                       OffsetDateTime createdAt) {}
