package dev.rvi.domain.support;

/** A support request by id, or the queue / a customer's list with filters. */
public record SupportQuery(String id, String customerId, String status, String partnerId, Integer olderThanHours, Integer size,
                           Integer offset, String pageUri) {}
