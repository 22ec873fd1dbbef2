package dev.rvi.catalog.pricesheet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a price sheet as read: its top-level values, numbers as decimals, and the entries of its
 * {@code savingsPlan} array (the Retail Prices API's savings-plan rates of a Consumption item), each read the same way.
 * Other nested values are skipped unread: nothing of them is used, and a container stands in for each so a field
 * that should be text can be told apart from a missing one. A number whose exponent no decimal can hold
 * ({@code 1e+9999999999}) is kept as its text, so the row is rejected for it rather than the sheet failing.
 */
final class SheetItem {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String SAVINGS_PLAN = "savingsPlan";
  /** Entries of a savingsPlan array held at most (Azure lists one per term); more are counted, not kept. */
  static final int MAX_SAVINGS_PLAN_ENTRIES = 8;

  private final ObjectNode values = NODES.objectNode();
  private final Map<String, String> unreadableNumbers = new LinkedHashMap<>();
  private List<SheetItem> savingsPlan = List.of();
  private boolean savingsPlanMalformed;

  private SheetItem() {}

  /** Reads the object the parser is on (its current token is {@code START_OBJECT}) up to its end. */
  static SheetItem read(JsonParser parser) throws IOException {
    return read(parser, true);
  }

  /** An item, or (not {@code top}) an entry of its savingsPlan, whose own nested values are all skipped. */
  private static SheetItem read(JsonParser parser, boolean top) throws IOException {
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
          if (top && SAVINGS_PLAN.equals(name)) {
            item.readSavingsPlan(parser);
          } else {
            parser.skipChildren();
          }
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

  /** The entries of the array the parser is on, objects read as items; anything else in it marks the array malformed. */
  private void readSavingsPlan(JsonParser parser) throws IOException {
    List<SheetItem> entries = new ArrayList<>(2);
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT && entries.size() < MAX_SAVINGS_PLAN_ENTRIES) {
        entries.add(read(parser, false));
      } else {
        savingsPlanMalformed = true;
        parser.skipChildren();
      }
    }
    savingsPlan = entries;
  }

  /** The value of a top-level field, or null when the item has none (or only an unreadable number). */
  JsonNode get(String field) {
    return values.get(field);
  }

  /** The entries of the item's savingsPlan array, in their order; empty without one. */
  List<SheetItem> savingsPlan() {
    return savingsPlan;
  }

  /**
   * Whether the item's savingsPlan is not an array of at most {@link #MAX_SAVINGS_PLAN_ENTRIES} objects (another kind
   * of value, an element that is not an object, or too many).
   */
  boolean savingsPlanMalformed() {
    return savingsPlanMalformed || (values.has(SAVINGS_PLAN) && !values.get(SAVINGS_PLAN).isArray() && !values.get(SAVINGS_PLAN).isNull());
  }

  /** The first field whose number could not be read, with its text; null when every number was read. */
  Map.Entry<String, String> unreadableNumber() {
    return unreadableNumbers.isEmpty() ? null : unreadableNumbers.entrySet().iterator().next();
  }
}
