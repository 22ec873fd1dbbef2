package dev.rvi.gateway.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * Partner Center reads body keys in any case ({@code Quantity}, {@code quantity}, {@code QUANTITY}).
 * Before a body is checked against its JSON schema, each key is spelled as the schema spells it, so the
 * check types every spelling a client may use, not only the documented one. Keys the schema does not
 * name are kept as they are, and a key whose value is null is left out, as if absent. The services still read
 * the body as it was sent (their readers take null as absent too).
 */
final class KeySpelling {
  private final JsonObject schemas;

  /** {@code schemas}: the contract's {@code components.schemas}, which {@code $ref}s point into. */
  KeySpelling(JsonObject schemas) {
    this.schemas = schemas;
  }

  Object respell(Object value, JsonObject schema) {
    return spell(withoutNulls(value), schema);
  }

  /** An explicit null is an absent field: the .NET SDK writes every field it has no value for as null. */
  private static Object withoutNulls(Object value) {
    if (value instanceof JsonObject object) {
      JsonObject out = new JsonObject();
      for (Map.Entry<String, Object> entry : object) {
        if (entry.getValue() != null) {
          out.put(entry.getKey(), withoutNulls(entry.getValue()));
        }
      }
      return out;
    }
    if (value instanceof JsonArray array) {
      JsonArray out = new JsonArray();
      array.forEach(item -> out.add(withoutNulls(item)));
      return out;
    }
    return value;
  }

  private Object spell(Object value, JsonObject schema) {
    schema = resolve(schema);
    if (schema == null) {
      return value;
    }
    if (value instanceof JsonObject object && schema.getValue("properties") instanceof JsonObject properties) {
      JsonObject out = new JsonObject();
      for (Map.Entry<String, Object> entry : object) {
        String name = spelling(entry.getKey(), properties);
        if (name == null || out.containsKey(name)) {
          out.put(entry.getKey(), entry.getValue());
        } else {
          out.put(name, spell(entry.getValue(), properties.getJsonObject(name)));
        }
      }
      return out;
    }
    if (value instanceof JsonArray array && schema.getValue("items") instanceof JsonObject items) {
      JsonArray out = new JsonArray();
      array.forEach(item -> out.add(spell(item, items)));
      return out;
    }
    return value;
  }

  private JsonObject resolve(JsonObject schema) {
    String ref = schema == null ? null : schema.getString("$ref");
    if (ref == null) {
      return schema;
    }
    return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static String spelling(String key, JsonObject properties) {
    if (properties.containsKey(key)) {
      return key;
    }
    for (String name : properties.fieldNames()) {
      if (name.equalsIgnoreCase(key)) {
        return name;
      }
    }
    return null;
  }
}
