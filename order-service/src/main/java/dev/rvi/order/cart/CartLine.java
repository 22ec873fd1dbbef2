package dev.rvi.order.cart;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.PurchaseCommitment;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One cart line, normalised: Partner Center's spellings of scope and duration are all accepted. A savings plan's line
 * has its hourly {@code commitment} in {@code commitmentCurrency}; a reservation's has none.
 */
public record CartLine(int id, String catalogItemId, int quantity, Term term, String subscriptionId, String scope,
                       String resellerMpnId, BillingPlan billingPlan, Integer errorCode, String errorDescription,
                       BigDecimal commitment, String commitmentCurrency) {
  private static final String SOURCE = "order";
  static final int MAX_LINES = 50;

  public CartLine withError(Integer code, String description) {
    return new CartLine(id, catalogItemId, quantity, term, subscriptionId, scope, resellerMpnId, billingPlan, code, description,
        commitment, commitmentCurrency);
  }

  public boolean savingsPlan() {
    return commitment != null;
  }

  public boolean hasError() {
    return errorCode != null;
  }

  /** Checks the shape of every line; a line that cannot be read at all makes the whole request a 400. */
  public static List<CartLine> from(List<CartLineRequest> requests) {
    return from(requests, "lineItems");
  }

  /** The same, for lines that came in another list of the request (an exchange's reservationsToPurchase), named in refusals. */
  public static List<CartLine> from(List<CartLineRequest> requests, String listName) {
    if (requests == null || requests.isEmpty()) {
      throw Errors.badRequest(SOURCE, listName + " must have at least one line");
    }
    if (requests.size() > MAX_LINES) {
      throw Errors.badRequest(SOURCE, "a cart has at most " + MAX_LINES + " lines");
    }
    Set<Integer> ids = new HashSet<>();
    ArrayList<CartLine> lines = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      CartLineRequest r = requests.get(i);
      int id = r.id() == null ? i : r.id();
      String where = listName + "[" + i + "]";
      if (id < 0 || !ids.add(id)) {
        throw Errors.badRequest(SOURCE, where + ".id must be a unique number from 0");
      }
      if (r.catalogItemId() == null || r.catalogItemId().isBlank()) {
        throw Errors.badRequest(SOURCE, where + ".catalogItemId is required");
      }
      if (r.quantity() == null || r.quantity() < 1) {
        throw Errors.badRequest(SOURCE, where + ".quantity must be a whole number of at least 1");
      }
      BillingPlan plan = plan(where, r.billingCycle(), r.billingPlan());
      Term term = term(where + ".termDuration", r.termDuration());
      Term duration = term(where + ".provisioningContext.duration", r.duration());
      if (term != null && duration != null && term != duration) {
        throw Errors.badRequest(SOURCE, where + ": termDuration and provisioningContext.duration disagree");
      }
      if (term == null && duration == null) {
        throw Errors.badRequest(SOURCE, where + ".termDuration (P1Y or P3Y) is required");
      }
      boolean savingsPlan = SavingsPlanProduct.isSavingsPlan(r.catalogItemId().trim());
      String subscription = savingsPlan && r.entitlementId() != null ? r.entitlementId() : r.subscriptionId();
      if (subscription == null || subscription.isBlank()) {
        throw Errors.badRequest(SOURCE, where + ".provisioningContext.subscriptionId is required"
            + (savingsPlan ? " (or entitlementId, the subscription a Single plan applies to)" : ""));
      }
      PurchaseCommitment commitment = commitment(where, savingsPlan, r);
      lines.add(new CartLine(id, r.catalogItemId().trim(), r.quantity(), term != null ? term : duration,
          subscription.trim(), scope(where, r.scope()), r.resellerMpnId(), plan, null, null,
          commitment == null ? null : commitment.amount(), commitment == null ? null : commitment.currency().toUpperCase(Locale.ROOT)));
    }
    return lines;
  }

  /** A savings plan's line names its hourly commitment, one of its line, and a reservation's names none. */
  private static PurchaseCommitment commitment(String where, boolean savingsPlan, CartLineRequest r) {
    PurchaseCommitment c = r.purchaseCommitment();
    if (!savingsPlan) {
      if (c != null) {
        throw Errors.badRequest(SOURCE, where + ".purchaseCommitment is for savings plans; a reservation's line buys a quantity");
      }
      return null;
    }
    if (c == null || c.amount() == null || c.currency() == null || c.currency().isBlank()) {
      throw Errors.badRequest(SOURCE, where + ".purchaseCommitment {amount, currency, grain: hourly} is required for a savings plan");
    }
    if (c.grain() != null && !c.grain().equalsIgnoreCase("hourly")) {
      throw Errors.badRequest(SOURCE, where + ".purchaseCommitment.grain must be hourly: a savings plan commits an amount per hour");
    }
    if (c.amount().signum() <= 0 || c.amount().compareTo(SavingsPlanProduct.MAXIMUM_HOURLY_COMMITMENT) > 0) {
      throw Errors.badRequest(SOURCE, where + ".purchaseCommitment.amount must be more than 0 and at most "
          + SavingsPlanProduct.MAXIMUM_HOURLY_COMMITMENT.toPlainString() + " an hour");
    }
    if (r.quantity() != 1) {
      throw Errors.badRequest(SOURCE, where + ".quantity of a savings plan is 1: its size is the hourly commitment");
    }
    return c;
  }

  /**
   * The billing plan: {@code billingPlan} (on the line or in its provisioning context), or Partner Center's
   * {@code billingCycle} ({@code one_time}: upfront, {@code monthly}); the two must agree when both are given.
   */
  private static BillingPlan plan(String where, String billingCycle, String billingPlan) {
    BillingPlan fromCycle = null;
    if (billingCycle != null) {
      String cycle = billingCycle.trim().toLowerCase(Locale.ROOT);
      if (cycle.equals("one_time") || cycle.equals("onetime")) {
        fromCycle = BillingPlan.Upfront;
      } else if (cycle.equals("monthly")) {
        fromCycle = BillingPlan.Monthly;
      } else {
        throw Errors.badRequest(SOURCE, where + ".billingCycle must be one_time (upfront) or monthly");
      }
    }
    BillingPlan named = billingPlan == null ? null : BillingPlan.parse(billingPlan)
        .orElseThrow(() -> Errors.badRequest(SOURCE, where + ".billingPlan must be Upfront or Monthly"));
    if (named != null && fromCycle != null && named != fromCycle) {
      throw Errors.badRequest(SOURCE, where + ": billingCycle " + billingCycle + " and billingPlan " + billingPlan + " disagree");
    }
    return named != null ? named : fromCycle != null ? fromCycle : BillingPlan.Upfront;
  }

  private static Term term(String where, String text) {
    if (text == null) {
      return null;
    }
    return Term.parse(text).orElseThrow(() -> Errors.badRequest(SOURCE, where + " '" + text + "' is not P1Y/1Year or P3Y/3Years"));
  }

  private static String scope(String where, String text) {
    if (text == null) {
      return "Single";
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "single" -> "Single";
      case "shared" -> "Shared";
      default -> throw Errors.badRequest(SOURCE, where + ".provisioningContext.scope must be single or shared");
    };
  }

  JsonObject view() {
    JsonObject out = new JsonObject()
        .put("id", id)
        .put("catalogItemId", catalogItemId)
        .put("quantity", quantity)
        .put("billingCycle", billingPlan == BillingPlan.Monthly ? "monthly" : "one_time")
        .put("billingPlan", billingPlan.name())
        .put("termDuration", term.name())
        .put("provisioningContext", new JsonObject().put("subscriptionId", subscriptionId).put("scope", scope)
            .put("duration", term == Term.P1Y ? "1Year" : "3Years"))
        .put("orderGroup", term.name());
    if (resellerMpnId != null) {
      out.put("participants", new JsonArray().add(new JsonObject().put("key", "transaction_reseller").put("value", resellerMpnId)));
    }
    if (savingsPlan()) {
      out.put("purchaseCommitment", new JsonObject().put("amount", commitment).put("currency", commitmentCurrency).put("grain", "Hourly"));
    }
    if (hasError()) {
      out.put("error", new JsonObject().put("errorCode", errorCode).put("errorDescription", errorDescription));
    }
    return out;
  }
}
