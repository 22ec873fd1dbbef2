package dev.rvi.domain.customer;

/**
 * A page of a collection: the customer it belongs to (null for the partner's customers), the page's size and
 * offset, the request's URI without its continuation token, and the collection's one filter (the reservation
 * order of a reservation list, the entitlement type of an entitlement list), or null.
 */
public record ListQuery(String customerId, Integer size, Integer offset, String pageUri, String filter) {}
