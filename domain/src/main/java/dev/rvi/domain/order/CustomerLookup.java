package dev.rvi.domain.order;

/**
 * What names a customer on Azure's paths, which carry no customer id: a reservation order, a savings plan order, a
 * subscription or an exchange's quote (one of them).
 */
public record CustomerLookup(String reservationOrderId, String savingsPlanOrderId, String subscriptionId, String exchangeSessionId) {

  public static CustomerLookup ofReservationOrder(String reservationOrderId) {
    return new CustomerLookup(reservationOrderId, null, null, null);
  }

  public static CustomerLookup ofSavingsPlanOrder(String savingsPlanOrderId) {
    return new CustomerLookup(null, savingsPlanOrderId, null, null);
  }

  public static CustomerLookup ofSubscription(String subscriptionId) {
    return new CustomerLookup(null, null, subscriptionId, null);
  }

  /** An exchange's or a trade-in's quote: Azure's exchange names only its session. */
  public static CustomerLookup ofExchangeSession(String sessionId) {
    return new CustomerLookup(null, null, null, sessionId);
  }
}
