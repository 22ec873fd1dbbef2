package dev.rvi.app;

import dev.rvi.gateway.OpenApiDocument;
import dev.rvi.gateway.http.ArmErrors;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * Every JSON success body the test suite receives is checked against the OpenAPI document's schema
 * for its operation, so the document cannot drift from what the services answer; every refusal it
 * receives (but the readiness probe's own 503) must be in Partner Center's error shape.
 */
final class ResponseContract {
  private final OpenAPIContract contract;
  private final ResponseValidator validator;

  ResponseContract(Vertx vertx) {
    try {
      contract = OpenAPIContract.from(vertx, OpenApiDocument.requestContract(true)).await(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("the OpenAPI document does not parse", e);
    }
    validator = ResponseValidator.create(vertx, contract);
  }

  void check(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    String path = response.request().uri().getPath();
    if (response.statusCode() >= 400 && !path.equals("/health/ready")) {
      refusalShape(response);
      return;
    }
    if (response.statusCode() >= 300 || !type.startsWith("application/json")) {
      return;
    }
    Operation operation = contract.findOperation(path, HttpMethod.valueOf(response.request().method()));
    if (operation == null || operation.getOperationId().equals("openapi")) {
      return;
    }
    try {
      validator.validate(ValidatableResponse.create(response.statusCode(), Buffer.buffer(response.body()), type),
          operation.getOperationId()).await(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new AssertionError(operation.getOperationId() + " answered outside the OpenAPI document: " + e.getMessage()
          + "\n" + response.body(), e);
    }
  }

  private static void refusalShape(HttpResponse<String> response) {
    JsonObject error;
    try {
      error = new JsonObject(response.body());
    } catch (RuntimeException e) {
      throw new AssertionError("a refusal that is not Partner Center's JSON error: " + response.statusCode() + " " + response.body());
    }
    if (ArmErrors.covers(response.request().uri().getPath())) {
      JsonObject arm = error.getValue("error") instanceof JsonObject inner ? inner : null;
      if (arm == null || !(arm.getValue("code") instanceof String) || !(arm.getValue("message") instanceof String)
          || !(arm.getValue("details") instanceof JsonArray) || response.headers().firstValue("x-ms-request-id").isEmpty()) {
        throw new AssertionError("a refusal on ARM's paths outside ARM's error shape: " + response.statusCode() + " " + response.body());
      }
      return;
    }
    if (!(error.getValue("code") instanceof Integer) || !(error.getValue("description") instanceof String)
        || !(error.getValue("data") instanceof JsonArray) || !(error.getValue("source") instanceof String)
        || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      throw new AssertionError("a refusal outside Partner Center's error shape: " + response.statusCode() + " " + response.body());
    }
  }
}
