package dev.rvi.domain.order;

/**
 * The ids a request names in its path, and its paging. Every field is optional; each action reads
 * the ones it needs. The owning service checks in SQL that the caller's partner owns each of them.
 */
public record Ids(String customerId, String subscriptionId, String userId, String cartId, String orderId,
                  String reservationOrderId, String reservationId, Integer size, Integer offset, String pageUri,
                  String filter) {

  public static Ids customer(String customerId) {
    return new Ids(customerId, null, null, null, null, null, null, null, null, null, null);
  }

  public static Ids subscription(String customerId, String subscriptionId) {
    return new Ids(customerId, subscriptionId, null, null, null, null, null, null, null, null, null);
  }

  /** No ids, only a filter (such as the relationship type asked for). */
  public static Ids filtered(String filter) {
    return new Ids(null, null, null, null, null, null, null, null, null, null, filter);
  }

  public static Ids none() {
    return new Ids(null, null, null, null, null, null, null, null, null, null, null);
  }
}
