package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;

/** Asserts a reply is a refusal in Partner Center's error shape, with no trace of internals. */
final class ErrorShape {
  private ErrorShape() {}

  static JsonObject assertRefused(TestPlatform.Reply reply, int status) {
    assertEquals(status, reply.status(), () -> "expected " + status + " but got " + reply);
    JsonObject body = reply.json();
    assertNotNull(body.getInteger("code"), "code");
    assertTrue(body.getString("description") != null && !body.getString("description").isBlank(), "description");
    assertNotNull(body.getJsonArray("data"), "data");
    assertNotNull(body.getString("source"), "source");
    assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), () -> "leaks internals: " + reply);
    assertTrue(reply.header("content-type").startsWith("application/json"), "JSON content type");
    return body;
  }

  static JsonObject assertRefused(TestPlatform.Reply reply, int status, int code) {
    JsonObject body = assertRefused(reply, status);
    assertEquals(code, body.getInteger("code"), () -> "error code in " + reply);
    return body;
  }

  /** A refusal in Azure Resource Manager's shape, {@code {"error": {"code", "message", "target", "details"}}}, with ARM's code. */
  static JsonObject assertArmRefused(TestPlatform.Reply reply, int status, String code) {
    assertEquals(status, reply.status(), () -> "expected " + status + " but got " + reply);
    JsonObject error = reply.json().getJsonObject("error");
    assertNotNull(error, () -> "ARM's error shape: " + reply);
    assertEquals(code, error.getString("code"), () -> "ARM's code in " + reply);
    assertTrue(error.getString("message") != null && !error.getString("message").isBlank(), "message");
    assertNotNull(error.getJsonArray("details"), "details");
    assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), () -> "leaks internals: " + reply);
    assertNotNull(reply.header("x-ms-request-id"), "x-ms-request-id");
    return error;
  }
}
