package dev.rvi.domain.paging;

import dev.rvi.domain.error.Errors;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A list's order as the query string spells it, the catalog's convention: a field ({@code sort=name}), a '-' before it
 * for descending ({@code sort=-expiresAt}). Each list names the fields it sorts by ({@link ListSorts}).
 */
public record SortOrder(String field, boolean descending) {

  /** The order {@code text} spells, when its field is one of {@code fields} (compared ignoring case). */
  public static Optional<SortOrder> parse(String text, List<String> fields) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    boolean descending = t.startsWith("-");
    String name = descending ? t.substring(1) : t;
    return fields.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst().map(f -> new SortOrder(f, descending));
  }

  /** The order {@code text} spells (null without one), checked again by the service that sorts: another is a 400. */
  public static SortOrder checked(String text, List<String> fields, String source) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return parse(text, fields).orElseThrow(() -> Errors.badRequest(source, "sort is not one of " + String.join(", ", spellings(fields))));
  }

  /** Every spelling a list with these fields accepts: each field, then each with '-'. */
  public static List<String> spellings(List<String> fields) {
    return Stream.concat(fields.stream(), fields.stream().map(f -> "-" + f)).toList();
  }

  public String spelling() {
    return (descending ? "-" : "") + field;
  }
}
