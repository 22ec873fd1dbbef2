package dev.rvi.gateway.arm;

import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.ReservationFilter;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paging and filters of ARM's reservation list: {@code $skiptoken} (where the page starts, from a nextLink),
 * {@code take} (its size), {@code selectedState}, {@code $filter} (clauses joined by {@code and}:
 * {@code properties/displayProvisioningState eq '...'}, {@code properties/provisioningState eq '...'},
 * {@code properties/archived eq false}) and {@code $orderby} (one of the reservation's properties, asc or desc).
 * Anything else is refused, so a client never reads an unfiltered list as filtered.
 */
public record ArmListQuery(int take, int skip, String state, Boolean archived, String sort) {
  private static final String SOURCE = "gateway";
  public static final int DEFAULT_TAKE = 100;
  public static final int MAX_TAKE = 1000;
  private static final Pattern CLAUSE = Pattern.compile("\\(?\\s*properties/([A-Za-z]+)\\s+eq\\s+('([^']*)'|true|false)\\s*\\)?",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> ORDER_FIELDS = Map.of("displayname", "name", "expirydatetime", "expiresAt", "expirydate", "expiresAt",
      "purchasedatetime", "purchasedAt", "purchasedate", "purchasedAt", "quantity", "quantity", "displayprovisioningstate", "state",
      "provisioningstate", "state");

  public static ArmListQuery of(RoutingContext ctx) {
    int take = number(ctx.request().getParam("take"), "take", DEFAULT_TAKE);
    if (take < 1 || take > MAX_TAKE) {
      throw Errors.badRequest(SOURCE, "take must be from 1 to " + MAX_TAKE);
    }
    int skip = number(skipToken(ctx), "$skiptoken", 0);
    String state = state(ctx.request().getParam("selectedState"), "selectedState");
    Boolean archived = null;
    String filter = ctx.request().getParam("$filter");
    if (filter != null && !filter.isBlank()) {
      for (String clause : filter.trim().split("(?i)\\s+and\\s+")) {
        Matcher m = CLAUSE.matcher(clause.trim());
        if (!m.matches()) {
          throw Errors.badRequest(SOURCE, "$filter must be clauses such as properties/displayProvisioningState eq 'Succeeded', "
              + "joined by and; '" + clip(clause) + "' is not one");
        }
        String field = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(3) != null ? m.group(3) : m.group(2).toLowerCase(Locale.ROOT);
        switch (field) {
          case "displayprovisioningstate", "provisioningstate" -> state = state(value, "$filter");
          case "archived" -> archived = value.equals("true");
          default -> throw Errors.badRequest(SOURCE, "$filter takes properties/displayProvisioningState, properties/provisioningState "
              + "and properties/archived; not properties/" + m.group(1));
        }
      }
    }
    return new ArmListQuery(take, skip, state, archived, sort(ctx.request().getParam("$orderby")));
  }

  /** Azure's clients send {@code $skiptoken}; a nextLink of ours carries it too. */
  private static String skipToken(RoutingContext ctx) {
    String token = ctx.request().getParam("$skiptoken");
    return token != null ? token : ctx.request().getParam("skiptoken");
  }

  private static String sort(String orderBy) {
    if (orderBy == null || orderBy.isBlank()) {
      return null;
    }
    List<String> parts = new ArrayList<>(List.of(orderBy.trim().split("\\s+")));
    String field = parts.get(0).replaceFirst("(?i)^properties/", "").toLowerCase(Locale.ROOT);
    String mapped = ORDER_FIELDS.get(field);
    boolean descending = parts.size() == 2 && parts.get(1).equalsIgnoreCase("desc");
    if (mapped == null || parts.size() > 2 || (parts.size() == 2 && !descending && !parts.get(1).equalsIgnoreCase("asc"))) {
      throw Errors.badRequest(SOURCE, "$orderby takes one of properties/displayName, expiryDateTime, purchaseDateTime, quantity, "
          + "displayProvisioningState, then asc or desc");
    }
    return descending ? "-" + mapped : mapped;
  }

  private static String state(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (String state : ReservationFilter.STATES) {
      if (state.equalsIgnoreCase(value.trim())) {
        return state;
      }
    }
    throw Errors.badRequest(SOURCE, name + " must be one of " + String.join(", ", ReservationFilter.STATES.stream().sorted().toList()));
  }

  private static int number(String value, String name, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw Errors.badRequest(SOURCE, name + " must be a whole number");
    }
  }

  private static String clip(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
