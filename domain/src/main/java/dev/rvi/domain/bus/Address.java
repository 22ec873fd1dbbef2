package dev.rvi.domain.bus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Event-bus addresses, one per service. The action header says what is asked. */
public final class Address {
  private Address() {}

  public static final String CATALOG = "rvi.catalog";
  public static final String DIRECTORY = "rvi.directory";
  public static final String ORDER = "rvi.order";
  public static final String SUPPORT = "rvi.support";
  public static final String BILLING = "rvi.billing";
  public static final String USAGE = "rvi.usage";
  public static final String NOTIFICATION = "rvi.notification";

  /** Every service by name, in the order health answers list them: the one list of what makes the product. */
  public static final Map<String, String> SERVICES = services();

  private static Map<String, String> services() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("catalog", CATALOG);
    all.put("directory", DIRECTORY);
    all.put("order", ORDER);
    all.put("support", SUPPORT);
    all.put("billing", BILLING);
    all.put("usage", USAGE);
    all.put("notification", NOTIFICATION);
    return Collections.unmodifiableMap(all);
  }
}
