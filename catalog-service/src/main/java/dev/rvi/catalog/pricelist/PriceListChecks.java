package dev.rvi.catalog.pricelist;

import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.domain.catalog.CatalogItemId;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.pricing.FixedPrice;
import dev.rvi.domain.pricing.PriceBook;
import dev.rvi.domain.pricing.PriceListBody;
import dev.rvi.domain.pricing.PriceRule;
import dev.rvi.domain.pricing.PricedItem;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** What a price list must be before it is stored; each refusal names the field. */
public final class PriceListChecks {
  static final String SOURCE = "catalog";
  public static final int MAX_RULES = 200;
  public static final int MAX_FIXED_PRICES = 2_000;

  private PriceListChecks() {}

  /**
   * @param currencies the markets' currencies
   * @param regions whether an ARM region name is an Azure region
   */
  public static void check(PriceListBody body, Set<String> currencies, Predicate<String> regions) {
    if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
      throw bad("name is required (1 to 100 characters)");
    }
    if (body.currency() == null || !currencies.contains(body.currency().toUpperCase(Locale.ROOT))) {
      throw bad("currency must be the currency of a market (one of " + String.join(", ", currencies.stream().sorted().toList()) + ")");
    }
    String currency = body.currency().toUpperCase(Locale.ROOT);
    if (body.rules().size() > MAX_RULES) {
      throw bad("rules: at most " + MAX_RULES);
    }
    for (int i = 0; i < body.rules().size(); i++) {
      rule(body.rules().get(i), "rules[" + i + "]", regions);
    }
    if (body.fixedPrices().size() > MAX_FIXED_PRICES) {
      throw bad("fixedPrices: at most " + MAX_FIXED_PRICES);
    }
    Set<String> seen = new HashSet<>();
    int digits = PriceBook.minorDigits(currency);
    for (int i = 0; i < body.fixedPrices().size(); i++) {
      FixedPrice fixed = body.fixedPrices().get(i);
      String field = "fixedPrices[" + i + "]";
      if (fixed == null || fixed.catalogItemId() == null) {
        throw bad(field + ".catalogItemId is required");
      }
      CatalogItemId id = CatalogItemId.parse(fixed.catalogItemId())
          .orElseThrow(() -> bad(field + ".catalogItemId " + fixed.catalogItemId() + " is not a catalog item id"));
      if (SavingsPlanProduct.termOf(fixed.catalogItemId()).isPresent()) {
        throw bad(field + ".catalogItemId " + fixed.catalogItemId() + " is a savings plan: its buyer names the commitment, so a list "
            + "prices it by a percent rule (productKind savingsPlan), not by a fixed price");
      }
      if (!id.availabilityId().equals(CatalogIds.availability(id.skuId(), currency))) {
        throw bad(field + ".catalogItemId " + fixed.catalogItemId() + " is sold in another currency than the list's " + currency);
      }
      if (fixed.currency() != null && !fixed.currency().equalsIgnoreCase(currency)) {
        throw bad(field + ".currency " + fixed.currency() + " is not the list's currency " + currency);
      }
      if (fixed.price() == null || fixed.price().signum() < 0) {
        throw bad(field + ".price must be zero or more");
      }
      if (fixed.price().stripTrailingZeros().scale() > digits) {
        throw bad(field + ".price has more decimals than " + currency + " has (" + digits + ")");
      }
      if (!seen.add(fixed.catalogItemId())) {
        throw bad(field + ".catalogItemId " + fixed.catalogItemId() + " has a fixed price already");
      }
    }
  }

  private static void rule(PriceRule rule, String field, Predicate<String> regions) {
    if (rule == null || rule.percent() == null) {
      throw bad(field + ".percent is required");
    }
    if (rule.percent().compareTo(PriceRule.MIN_PERCENT) < 0 || rule.percent().compareTo(PriceRule.MAX_PERCENT) > 0) {
      throw bad(field + ".percent " + rule.percent().toPlainString() + " is outside -100..1000");
    }
    if (rule.percent().stripTrailingZeros().scale() > 4) {
      throw bad(field + ".percent has more than 4 decimals");
    }
    if (rule.productKind() != null && !rule.productKind().equals(PricedItem.RESERVATION) && !rule.productKind().equals(PricedItem.SAVINGS_PLAN)) {
      throw bad(field + ".productKind must be " + PricedItem.RESERVATION + " or " + PricedItem.SAVINGS_PLAN);
    }
    if (rule.term() != null && Term.parse(rule.term()).isEmpty()) {
      throw bad(field + ".term must be P1Y or P3Y");
    }
    if (rule.series() != null && (rule.series().isBlank() || rule.series().length() > 80)) {
      throw bad(field + ".series must be 1 to 80 characters");
    }
    if (rule.armRegionName() != null && !regions.test(rule.armRegionName().toLowerCase(Locale.ROOT))) {
      throw bad(field + ".armRegionName " + rule.armRegionName() + " is not an Azure region");
    }
  }

  static RuntimeException bad(String description) {
    return Errors.badRequest(SOURCE, description);
  }
}
