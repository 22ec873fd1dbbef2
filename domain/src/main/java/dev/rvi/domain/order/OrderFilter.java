package dev.rvi.domain.order;

/** A page of a partner's orders across its customers: optionally one customer's, one reseller's, those in one status. */
public record OrderFilter(String customerId, String resellerId, String status, Integer size, Integer offset, String pageUri) {}
