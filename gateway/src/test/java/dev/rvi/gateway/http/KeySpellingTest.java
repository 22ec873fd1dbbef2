package dev.rvi.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Body keys in any case are spelled as the schema spells them before the schema check; explicit nulls are absent. */
class KeySpellingTest {
  private static final JsonObject SCHEMAS = new JsonObject("""
      {"Line": {"type": "object", "properties": {"catalogItemId": {"type": "string"}, "quantity": {"type": "integer"}}},
       "Cart": {"type": "object", "properties": {"lineItems": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}},
                                                 "reseller": {"type": "object", "properties": {"mpnId": {"type": "string"}}}}}}
      """);
  private final KeySpelling keys = new KeySpelling(SCHEMAS);

  private Object respell(String body) {
    return keys.respell(new JsonObject(body), new JsonObject().put("$ref", "#/components/schemas/Cart"));
  }

  @Test
  void keysFollowTheSchemaThroughRefsArraysAndObjects() {
    assertEquals(new JsonObject("{\"lineItems\":[{\"catalogItemId\":\"x\",\"quantity\":2}],\"reseller\":{\"mpnId\":\"1\"}}"),
        respell("{\"LineItems\":[{\"CATALOGITEMID\":\"x\",\"Quantity\":2}],\"Reseller\":{\"MpnId\":\"1\"}}"));
  }

  @Test
  void keysTheSchemaDoesNotNameAreKeptAndNullsLeftOut() {
    assertEquals(new JsonObject("{\"lineItems\":[{\"quantity\":1}],\"Extra\":true}"),
        respell("{\"lineItems\":[{\"catalogItemId\":null,\"quantity\":1}],\"Extra\":true,\"reseller\":null}"));
  }

  @Test
  void aKeyGivenInTwoSpellingsKeepsTheSecondAsSent() {
    JsonObject spelled = (JsonObject) respell("{\"lineItems\":[],\"LINEITEMS\":[]}");
    assertEquals(2, spelled.size(), spelled::encode);
  }
}
