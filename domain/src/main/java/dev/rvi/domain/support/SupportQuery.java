package dev.rvi.domain.support;

/**
 * A support request by id, or the queue / a customer's list with filters; the queue also in an order ({@code sort},
 * null for the oldest first) and narrowed to a text ({@code q}: an id, or a partner's or customer's name).
 */
public record SupportQuery(String id, String customerId, String status, String partnerId, Integer olderThanHours, Integer size,
                           Integer offset, String pageUri, String sort, String q) {

  public SupportQuery(String id, String customerId, String status, String partnerId, Integer olderThanHours, Integer size,
                      Integer offset, String pageUri) {
    this(id, customerId, status, partnerId, olderThanHours, size, offset, pageUri, null, null);
  }
}
