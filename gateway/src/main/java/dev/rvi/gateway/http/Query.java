package dev.rvi.gateway.http;

import dev.rvi.domain.error.Errors;
import dev.rvi.domain.paging.ContinuationToken;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.paging.SortOrder;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Query-string parameters, checked: a value that does not fit is a 400 that says which and why. */
public final class Query {
  private static final String SOURCE = "gateway";
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  private final RoutingContext ctx;

  public Query(RoutingContext ctx) {
    this.ctx = ctx;
  }

  public String string(String name) {
    String value = ctx.request().getParam(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  public String country() {
    String country = string("country");
    if (country == null) {
      throw Errors.badRequest(SOURCE, "country is required (ISO 3166 two-letter code, e.g. country=US)");
    }
    if (!COUNTRY.matcher(country).matches()) {
      throw Errors.badRequest(SOURCE, "country must be a two-letter code, got '" + clip(country) + "'");
    }
    return country.toUpperCase(Locale.ROOT);
  }

  /** A comma-separated list; each element must match {@code pattern}. */
  public List<String> list(String name, Pattern pattern, String expected) {
    List<String> out = new ArrayList<>();
    for (String raw : ctx.request().params().getAll(name)) {
      for (String part : raw.split(",")) {
        String value = part.trim();
        if (value.isEmpty()) {
          continue;
        }
        if (!pattern.matcher(value).matches()) {
          throw Errors.badRequest(SOURCE, name + " '" + clip(value) + "' is not valid: expected " + expected);
        }
        out.add(value);
      }
    }
    if (out.size() > 50) {
      throw Errors.badRequest(SOURCE, name + " takes at most 50 values");
    }
    return out;
  }

  public Integer integer(String name, int min, int max) {
    String value = string(name);
    if (value == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw Errors.badRequest(SOURCE, name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw Errors.badRequest(SOURCE, name + " must be a whole number, got '" + clip(value) + "'");
    }
  }

  public <T> T choice(String name, Function<String, Optional<T>> parse, String expected) {
    String value = string(name);
    if (value == null) {
      return null;
    }
    return parse.apply(value).orElseThrow(() ->
        Errors.badRequest(SOURCE, name + " '" + clip(value) + "' is not one of " + expected));
  }

  public String text(String name, int maxLength) {
    String value = string(name);
    if (value != null && value.length() > maxLength) {
      throw Errors.badRequest(SOURCE, name + " is longer than " + maxLength + " characters");
    }
    return value;
  }

  /** {@code sort}: one of {@code fields}, '-' before it for descending, as the list spells it; null for its default order. */
  public String sort(List<String> fields) {
    String value = string("sort");
    if (value == null) {
      return null;
    }
    return SortOrder.parse(value, fields).map(SortOrder::spelling).orElseThrow(() ->
        Errors.badRequest(SOURCE, "sort '" + clip(value) + "' is not one of " + String.join(", ", SortOrder.spellings(fields))));
  }

  /** {@code q}: the text a list's rows must contain, at most {@link ListSorts#MAX_TEXT} characters. */
  public String filterText() {
    return text("q", ListSorts.MAX_TEXT);
  }

  public int size(int defaultSize, int max) {
    Integer size = integer("size", 1, max);
    return size == null ? defaultSize : size;
  }

  public int offset() {
    String token = string("continuationToken");
    if (token == null) {
      return 0;
    }
    return ContinuationToken.decode(token)
        .orElseThrow(() -> Errors.badRequest(SOURCE, "continuationToken is not one this API issued"));
  }

  /** The request's path and query without its continuation token: where later pages are asked for. */
  public String pageUri() {
    String query = ctx.request().query();
    StringBuilder kept = new StringBuilder();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !pair.startsWith("continuationToken=")) {
          kept.append(kept.length() == 0 ? "" : "&").append(pair);
        }
      }
    }
    return ctx.request().path() + (kept.length() == 0 ? "" : "?" + kept);
  }

  private static String clip(String value) {
    String safe = value.replaceAll("[^\\x20-\\x7E]", "?");
    return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
  }
}
