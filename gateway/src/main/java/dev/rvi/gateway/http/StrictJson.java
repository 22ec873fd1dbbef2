package dev.rvi.gateway.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.Errors;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one reader of JSON request bodies: RFC 8259 JSON in UTF-8, nothing more lenient. Vert.x's own codec is not used
 * for bodies: it turns on comments, and Jackson under it guesses UTF-16 and UTF-32 from the first bytes, so a body that
 * another reader (a proxy, a WAF, a log pipeline) sees as something else would mean something here.
 *
 * <ul>
 *   <li>Bytes: UTF-8 only. A body in UTF-16 or UTF-32 (with or without a byte order mark) and bytes that are not UTF-8
 *       are refused. A UTF-8 byte order mark is refused too: RFC 8259 §8.1 says senders must not add one, no client of
 *       the API needs one, and readers disagree on it (some strip it, some fail, some keep U+FEFF in the first key).</li>
 *   <li>Syntax: no comments ({@code /* *}{@code /}, {@code //}, {@code #}), no single quotes, unquoted names, NaN,
 *       leading zeros or trailing commas (Jackson's strict defaults); one value and nothing after it.</li>
 *   <li>Keys: an object may not name a key twice, in the same spelling or in another case ({@code quantity} and
 *       {@code QUANTITY}): the gateway reads keys in any case ({@link KeySpelling}, {@link Bodies#field}), so which of
 *       the two counts would otherwise depend on the reader.</li>
 * </ul>
 *
 * Values come out as Vert.x's codec gives them (Integer, Long or BigInteger; Double; String; Boolean; null;
 * JsonObject; JsonArray), so the readers downstream see the same types as before.
 */
public final class StrictJson {
  private static final String SOURCE = "gateway";
  /** Where the parsed body of a request is kept, so the contract check and the route read it once. */
  private static final String PARSED = "rvi.body.json";
  private static final Object NONE = new Object();

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
      .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  private StrictJson() {}

  /** The request's body parsed (once per request); a 400 {@link ApiException} when it is not strict UTF-8 JSON. */
  public static Object of(RoutingContext ctx) {
    Object cached = ctx.get(PARSED);
    if (cached != null) {
      return cached == NONE ? null : cached;
    }
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    Object parsed = parse(body);
    ctx.put(PARSED, parsed == null ? NONE : parsed);
    return parsed;
  }

  /** The body parsed: a JsonObject, JsonArray, String, Number, Boolean or null; a 400 {@link ApiException} when it is not strict JSON. */
  public static Object parse(Buffer body) {
    if (body == null || body.length() == 0) {
      throw Errors.badRequest(SOURCE, "a JSON body is required");
    }
    return parse(body.getBytes());
  }

  static Object parse(byte[] bytes) {
    String text = utf8(bytes);
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw Errors.badRequest(SOURCE, "a JSON body is required");
      }
      Object value = value(parser, "");
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw Errors.badRequest(SOURCE, "the body is not valid JSON: more follows the value" + at(parser.currentTokenLocation()));
      }
      return value;
    } catch (JsonProcessingException e) {
      throw Errors.badRequest(SOURCE, "the body is not valid JSON: " + why(e) + at(e.getLocation()));
    } catch (IOException e) {
      throw Errors.badRequest(SOURCE, "the body is not valid JSON");
    }
  }

  /**
   * The bytes as UTF-8 text, or a 400 saying what they are instead. Only the first bytes are looked at for a byte order
   * mark or the zero bytes of UTF-16 and UTF-32: JSON text starts with an ASCII character, which those encodings write
   * with a zero byte beside it.
   */
  private static String utf8(byte[] bytes) {
    String foreign = foreignEncoding(bytes);
    if (foreign != null) {
      throw Errors.badRequest(SOURCE, foreign);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw Errors.badRequest(SOURCE, "the body is not valid UTF-8: JSON bodies must be UTF-8");
    }
  }

  /**
   * Why a body's first bytes are not UTF-8 JSON (a byte order mark, or UTF-16/UTF-32), or null. Cheap: for the bulk
   * uploads too, which their own streaming parsers read.
   */
  public static String foreignEncoding(Buffer body) {
    if (body == null || body.length() == 0) {
      return null;
    }
    return foreignEncoding(body.getBytes(0, Math.min(4, body.length())));
  }

  private static String foreignEncoding(byte[] b) {
    int n = b.length;
    if (n >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0))) {
      return "the body is UTF-32 (it starts with a byte order mark): JSON bodies must be UTF-8";
    }
    if (n >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
      return "the body is UTF-16 (it starts with a byte order mark): JSON bodies must be UTF-8";
    }
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return "the body starts with a byte order mark (U+FEFF): send UTF-8 JSON without one";
    }
    for (int i = 0; i < Math.min(4, n); i++) {
      if (b[i] == 0) {
        return "the body looks like UTF-16 or UTF-32 (it has zero bytes): JSON bodies must be UTF-8";
      }
    }
    return null;
  }

  private static Object value(JsonParser parser, String path) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> object(parser, path);
      case START_ARRAY -> array(parser, path);
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw Errors.badRequest(SOURCE, "the body is not valid JSON: unexpected " + token + at(parser.currentTokenLocation()));
    };
  }

  private static JsonObject object(JsonParser parser, String path) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, String> spellings = new HashMap<>();
    for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
      String earlier = spellings.putIfAbsent(folded(key), key);
      if (earlier != null) {
        throw Errors.badRequest(SOURCE, duplicate(path, earlier, key));
      }
      parser.nextToken();
      fields.put(key, value(parser, path + "/" + pointer(key)));
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw Errors.badRequest(SOURCE, "the body is not valid JSON" + at(parser.currentTokenLocation()));
    }
    return new JsonObject(fields);
  }

  private static JsonArray array(JsonParser parser, String path) throws IOException {
    JsonArray items = new JsonArray();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (token == null) {
        throw Errors.badRequest(SOURCE, "the body is not valid JSON: it ends inside an array");
      }
      items.add(value(parser, path + "/" + items.size()));
    }
    return items;
  }

  private static String duplicate(String path, String earlier, String key) {
    String where = path.isEmpty() ? "the body" : "body " + path;
    if (earlier.equals(key)) {
      return where + " names the key \"" + key + "\" twice";
    }
    return where + " names the key \"" + key + "\" twice, as \"" + earlier + "\" and \"" + key
        + "\" (keys are read in any case, so the body is ambiguous)";
  }

  /** A key as {@link String#equalsIgnoreCase} compares it: two keys that method finds equal fold to the same text. */
  static String folded(String key) {
    StringBuilder out = new StringBuilder(key.length());
    key.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return out.toString();
  }

  /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String pointer(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String why(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "unreadable";
    }
    // Jackson's words for a comment it was not told to allow: "maybe a (non-standard) comment?" for / and a plain
    // unexpected '#' for the YAML kind.
    if (message.contains("(non-standard) comment") || message.startsWith("Unexpected character ('#'")) {
      return "comments (/* */, // or #) are not allowed";
    }
    String line = message.split("\\R", 2)[0].replaceAll(", from `[^`]*`", "");
    return line.length() > 160 ? line.substring(0, 160) : line;
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
