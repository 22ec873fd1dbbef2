package dev.rvi.domain.customer;

/**
 * A page of a collection: the customer it belongs to (null for the partner's customers), the page's size and
 * offset, the request's URI without its continuation token, and the collection's one filter (the reservation
 * order of a reservation list, the entitlement type of an entitlement list), or null; where the list has them, its
 * order as the query string spells it ({@code sort}, null for its default) and a text its rows must contain ({@code q}).
 */
public record ListQuery(String customerId, Integer size, Integer offset, String pageUri, String filter, String sort, String q) {

  public ListQuery(String customerId, Integer size, Integer offset, String pageUri, String filter) {
    this(customerId, size, offset, pageUri, filter, null, null);
  }
}
