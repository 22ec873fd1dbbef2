package dev.rvi.domain.bus;

/** Event-bus addresses, one per service. The action header says what is asked. */
public final class Address {
  private Address() {}

  public static final String CATALOG = "rvi.catalog";
  public static final String ORDER = "rvi.order";
  public static final String SUPPORT = "rvi.support";
  public static final String BILLING = "rvi.billing";
  public static final String USAGE = "rvi.usage";
  public static final String NOTIFICATION = "rvi.notification";
}
