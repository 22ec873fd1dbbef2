package dev.rvi.catalog.pricesheet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item of a price sheet as read: its top-level values, numbers as decimals. Nested values (an item's
 * {@code savingsPlan}) are skipped unread: nothing of them is used, and a container stands in for each so a field
 * that should be text can be told apart from a missing one. A number whose exponent no decimal can hold
 * ({@code 1e+9999999999}) is kept as its text, so the row is rejected for it rather than the sheet failing.
 */
final class SheetItem {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode values = NODES.objectNode();
  private final Map<String, String> unreadableNumbers = new LinkedHashMap<>();

  private SheetItem() {}

  /** Reads the object the parser is on (its current token is {@code START_OBJECT}) up to its end. */
  static SheetItem read(JsonParser parser) throws IOException {
    SheetItem item = new SheetItem();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      item.unreadableNumbers.remove(name);
      switch (token) {
        case START_OBJECT -> {
          item.values.set(name, NODES.objectNode());
          parser.skipChildren();
        }
        case START_ARRAY -> {
          item.values.set(name, NODES.arrayNode());
          parser.skipChildren();
        }
        case VALUE_STRING -> item.values.put(name, parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          try {
            item.values.put(name, parser.getDecimalValue());
          } catch (NumberFormatException exponentOverflow) {
            item.values.remove(name);
            item.unreadableNumbers.put(name, parser.getText());
          }
        }
        case VALUE_TRUE, VALUE_FALSE -> item.values.put(name, parser.getBooleanValue());
        default -> item.values.putNull(name);
      }
    }
    return item;
  }

  /** The value of a top-level field, or null when the item has none (or only an unreadable number). */
  JsonNode get(String field) {
    return values.get(field);
  }

  /** The first field whose number could not be read, with its text; null when every number was read. */
  Map.Entry<String, String> unreadableNumber() {
    return unreadableNumbers.isEmpty() ? null : unreadableNumbers.entrySet().iterator().next();
  }
}
