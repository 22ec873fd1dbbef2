package dev.rvi.domain.benefit;

/**
 * A reservation as the benefit engine sees it: where it applies (one subscription for Single scope,
 * null for Shared), its size and region, how many instances, and the hours it is in force, as epoch
 * hours [startHour, endHour).
 */
public record ReservationSpec(String id, String subscriptionId, String region, String armSkuName, int quantity, long startHour,
                              long endHour) {

  public boolean shared() {
    return subscriptionId == null;
  }
}
