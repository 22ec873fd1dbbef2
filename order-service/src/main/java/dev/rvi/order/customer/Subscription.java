package dev.rvi.order.customer;

/** The order service's copy of a customer's Azure subscription: whose it is, and whether it is active and registered. */
public record Subscription(String id, String customerId, String partnerId, String status, String registration) {

  public boolean active() {
    return "active".equals(status);
  }

  public boolean registered() {
    return "registered".equals(registration);
  }
}
