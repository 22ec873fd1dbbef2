package dev.rvi.domain.catalog;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Partner Center's savings plan for compute: one product, a SKU per term (0001 one year, 0002 three years) and an
 * availability per SKU, so a catalog item id reads {@code DZH318Z09V6F:0001:DZH318Z0BLD3}. Azure names it
 * {@code Compute_Savings_Plan}; its commitment is an amount per hour, at least 0.001 in the billing currency.
 */
public final class SavingsPlanProduct {
  private SavingsPlanProduct() {}

  public static final String PRODUCT_ID = "DZH318Z09V6F";
  public static final String ARM_SKU_NAME = "Compute_Savings_Plan";
  public static final BigDecimal MINIMUM_HOURLY_COMMITMENT = new BigDecimal("0.001");
  public static final BigDecimal COMMITMENT_STEP = new BigDecimal("0.001");
  /** The largest hourly commitment one plan takes here (what its rows and the benefit engine hold). */
  public static final BigDecimal MAXIMUM_HOURLY_COMMITMENT = new BigDecimal("1000000");

  public static String skuId(Term term) {
    return term == Term.P1Y ? "0001" : "0002";
  }

  public static String availabilityId(Term term) {
    return term == Term.P1Y ? "DZH318Z0BLD3" : "DZH318Z0BLD4";
  }

  public static String catalogItemId(Term term) {
    return PRODUCT_ID + ":" + skuId(term) + ":" + availabilityId(term);
  }

  /** The term of a savings plan's catalog item id; empty when the id is not a savings plan's. */
  public static Optional<Term> termOf(String catalogItemId) {
    for (Term term : Term.values()) {
      if (catalogItemId(term).equalsIgnoreCase(catalogItemId)) {
        return Optional.of(term);
      }
    }
    return Optional.empty();
  }

  public static boolean isSavingsPlan(String catalogItemId) {
    return catalogItemId != null && catalogItemId.toUpperCase().startsWith(PRODUCT_ID + ":");
  }
}
