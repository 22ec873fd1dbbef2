package dev.rvi.domain.benefit;

/**
 * A reservation as the benefit engine sees it: where it applies (one subscription for Single scope,
 * null for Shared), its size and region, how many instances, the hours it is in force, as epoch
 * hours [startHour, endHour), and whether instance size flexibility is off ({@code exactSize}: it then
 * covers only VMs of its own size).
 */
public record ReservationSpec(String id, String subscriptionId, String region, String armSkuName, int quantity, long startHour,
                              long endHour, boolean exactSize) {

  /** A reservation with instance size flexibility on (the default). */
  public ReservationSpec(String id, String subscriptionId, String region, String armSkuName, int quantity, long startHour, long endHour) {
    this(id, subscriptionId, region, armSkuName, quantity, startHour, endHour, false);
  }

  public boolean shared() {
    return subscriptionId == null;
  }
}
