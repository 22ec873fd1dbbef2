package dev.rvi.domain.partner;

import java.util.Arrays;
import java.util.Optional;

/** How a CSP partner sells: to its own customers, as a distributor, or through a distributor. */
public enum PartnerType {
  direct, indirectProvider, indirectReseller;

  public static Optional<PartnerType> parse(String text) {
    return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text)).findFirst();
  }
}
