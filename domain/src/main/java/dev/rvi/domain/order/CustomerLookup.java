package dev.rvi.domain.order;

/**
 * What names a customer on Azure's paths, which carry no customer id: a reservation order, a savings plan order, or a
 * subscription (one of them).
 */
public record CustomerLookup(String reservationOrderId, String savingsPlanOrderId, String subscriptionId) {

  public static CustomerLookup ofReservationOrder(String reservationOrderId) {
    return new CustomerLookup(reservationOrderId, null, null);
  }

  public static CustomerLookup ofSavingsPlanOrder(String savingsPlanOrderId) {
    return new CustomerLookup(null, savingsPlanOrderId, null);
  }

  public static CustomerLookup ofSubscription(String subscriptionId) {
    return new CustomerLookup(null, null, subscriptionId);
  }
}
