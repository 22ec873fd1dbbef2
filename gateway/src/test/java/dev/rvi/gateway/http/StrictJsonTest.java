package dev.rvi.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are UTF-8 JSON and nothing more lenient: what Vert.x's own codec (comments on, encodings guessed by
 * Jackson) accepts and the gateway must not, and objects that name a key twice, in any case.
 */
class StrictJsonTest {
  private static final String CART = "{\"lineItems\": [{\"id\": 0, \"catalogItemId\": \"DZH318Z0BQ3Q:0001:P1Y\", \"quantity\": 2}]}";

  private static ApiError refused(byte[] body) {
    ApiException e = assertThrows(ApiException.class, () -> StrictJson.parse(Buffer.buffer(body)), () -> "accepted: " + new String(body,
        StandardCharsets.ISO_8859_1));
    assertEquals(400, e.error().httpStatus());
    assertEquals("gateway", e.error().body().getString("source"));
    return e.error();
  }

  private static ApiError refused(String body) {
    return refused(body.getBytes(StandardCharsets.UTF_8));
  }

  private static void says(ApiError error, String... words) {
    for (String word : words) {
      assertTrue(error.description().contains(word), () -> "'" + word + "' not in: " + error.description());
    }
  }

  @Test
  void plainUtf8JsonIsReadAsVertxReadsIt() {
    Object parsed = StrictJson.parse(Buffer.buffer(CART));
    assertEquals(new JsonObject(CART), parsed, "the same value as Vert.x's codec gives");
    JsonObject big = assertInstanceOf(JsonObject.class, StrictJson.parse(Buffer.buffer(
        "{\"i\": 1, \"l\": 12345678901, \"b\": 123456789012345678901234567890, \"d\": 1.5, \"t\": true, \"n\": null, \"s\": \"\u00e9\u20ac\"}")));
    assertInstanceOf(Integer.class, big.getValue("i"));
    assertInstanceOf(Long.class, big.getValue("l"));
    assertInstanceOf(BigInteger.class, big.getValue("b"));
    assertInstanceOf(Double.class, big.getValue("d"));
    assertEquals(Boolean.TRUE, big.getValue("t"));
    assertTrue(big.containsKey("n"));
    assertNull(big.getValue("n"));
    assertEquals("\u00e9\u20ac", big.getString("s"), "UTF-8 beyond ASCII");
    assertInstanceOf(JsonArray.class, StrictJson.parse(Buffer.buffer(" [1, 2] ")));
  }

  /** The lenient reader this replaces took all of these as the cart above. */
  @Test
  void vertxsOwnCodecWouldTakeCommentsAndUtf16() {
    assertEquals(new JsonObject(CART), Buffer.buffer("/* c */" + CART).toJsonValue(), "Vert.x allows comments");
    assertEquals(new JsonObject(CART), Buffer.buffer(CART.getBytes(StandardCharsets.UTF_16LE)).toJsonValue(), "Jackson guesses UTF-16");
  }

  @Test
  void commentsAreRefused() {
    says(refused("{\"lineItems\": [] /* a comment */}"), "comments", "not allowed", "line 1");
    says(refused("// first\n" + CART), "comments", "line 1, column 1");
    says(refused("{\"lineItems\":\n [] // trailing\n}"), "comments", "line 2");
    says(refused("/* leading */ " + CART), "comments");
    says(refused("# yaml\n" + CART), "comments");
    ApiError word = refused("{\"comment\": commentary}");
    assertFalse(word.description().contains("comments"), word.description());
  }

  @Test
  void utf16AndUtf32AreRefusedWithOrWithoutAByteOrderMark() {
    says(refused(CART.getBytes(StandardCharsets.UTF_16LE)), "UTF-16 or UTF-32", "must be UTF-8");
    says(refused(CART.getBytes(StandardCharsets.UTF_16BE)), "UTF-16 or UTF-32", "must be UTF-8");
    says(refused(CART.getBytes(StandardCharsets.UTF_16)), "UTF-16", "byte order mark", "must be UTF-8");
    says(refused(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, CART.getBytes(StandardCharsets.UTF_16LE))), "UTF-16", "byte order mark");
    Charset utf32be = Charset.forName("UTF-32BE");
    Charset utf32le = Charset.forName("UTF-32LE");
    says(refused(CART.getBytes(utf32be)), "UTF-16 or UTF-32");
    says(refused(CART.getBytes(utf32le)), "UTF-16 or UTF-32");
    says(refused(withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, CART.getBytes(utf32be))), "UTF-32", "byte order mark");
    says(refused(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, CART.getBytes(utf32le))), "UTF-32", "byte order mark");
    // A one-character body is where UTF-16 hides best: "1" is 0x31 0x00.
    says(refused("1".getBytes(StandardCharsets.UTF_16LE)), "UTF-16 or UTF-32");
  }

  /** RFC 8259 §8.1: a sender must not add a BOM; readers may ignore one. Here it is refused, with the reason. */
  @Test
  void aUtf8ByteOrderMarkIsRefused() {
    says(refused(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CART.getBytes(StandardCharsets.UTF_8))), "byte order mark",
        "without one");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    says(refused("{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)), "not valid UTF-8");
    says(refused(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}), "not valid UTF-8");
    says(refused(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}), "not valid UTF-8");
  }

  @Test
  void otherLeniencesAreRefused() {
    refused("{'quantity': 1}");
    refused("{quantity: 1}");
    refused("{\"quantity\": 1,}");
    refused("[1, 2,]");
    refused("{\"quantity\": NaN}");
    refused("{\"quantity\": 01}");
    says(refused(CART + " {}"), "more follows");
    refused("{\"a\": \"x\u0001y\"}");
    says(refused(""), "required");
    says(refused("   "), "required");
    ApiError deep = refused("[".repeat(1200) + "]".repeat(1200));
    says(deep, "nesting depth");
    assertFalse(deep.description().contains("`"), "no library names: " + deep.description());
  }

  @Test
  void aKeyGivenTwiceInAnotherCaseIsRefusedAndNamed() {
    ApiError error = refused("{\"lineItems\": [{\"id\": 0, \"quantity\": 1, \"QUANTITY\": 500}]}");
    says(error, "\"QUANTITY\"", "\"quantity\"", "twice", "any case", "/lineItems/0");
    says(refused("{\"LineItems\": [], \"lineitems\": []}"), "the body", "\"LineItems\" and \"lineitems\"");
    says(refused("{\"a\": {\"Scope\": \"single\", \"sCoPe\": \"shared\"}}"), "body /a ", "\"sCoPe\"");
    // A null in one spelling is still a second spelling of the key.
    says(refused("{\"quantity\": null, \"Quantity\": 3}"), "\"Quantity\"");
  }

  @Test
  void anExactDuplicateKeyIsRefusedAndNamed() {
    says(refused("{\"quantity\": 1, \"quantity\": 500}"), "the body names the key \"quantity\" twice");
    says(refused("{\"x\": [{\"a/b\": 1, \"a/b\": 2}]}"), "body /x/0 ", "\"a/b\"");
  }

  @Test
  void distinctKeysAndTheSameKeyInSeparateObjectsAreFine() {
    JsonObject ok = assertInstanceOf(JsonObject.class, StrictJson.parse(Buffer.buffer(
        "{\"quantity\": 1, \"quantities\": 2, \"items\": [{\"quantity\": 1}, {\"QUANTITY\": 2}], \"inner\": {\"quantity\": 3}}")));
    assertEquals(4, ok.size());
  }

  @Test
  void keysFoldAsEqualsIgnoreCaseCompares() {
    for (String[] pair : new String[][] {{"quantity", "QUANTITY"}, {"Stra\u00dfe", "STRA\u00dfE"}, {"\u0130d", "\u0069d"}, {"k\u212a", "kk"},
        {"\u03a3a", "\u03c3A"}}) {
      assertEquals(pair[0].equalsIgnoreCase(pair[1]), StrictJson.folded(pair[0]).equals(StrictJson.folded(pair[1])), pair[0] + " / " + pair[1]);
    }
  }

  @Test
  void theFirstBytesOfABulkUploadAreChecked() {
    assertNull(StrictJson.foreignEncoding(Buffer.buffer("{\"items\": []}")));
    assertNull(StrictJson.foreignEncoding(Buffer.buffer()));
    assertTrue(StrictJson.foreignEncoding(Buffer.buffer("{\"items\": []}".getBytes(StandardCharsets.UTF_16LE))).contains("UTF-16"));
    assertTrue(StrictJson.foreignEncoding(Buffer.buffer(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}".getBytes(
        StandardCharsets.UTF_8)))).contains("byte order mark"));
  }

  private static byte[] withBom(byte[] bom, byte[] text) {
    byte[] out = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(text, 0, out, bom.length, text.length);
    return out;
  }
}
