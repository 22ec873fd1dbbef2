package dev.rvi.domain.support;

/** How the customer's contact wants to be reached about a support request. */
public record Contact(String preferredContactMethod, String name, String email, String phone, String language, String timeZone) {}
