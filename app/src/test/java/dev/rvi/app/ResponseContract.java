package dev.rvi.app;

import dev.rvi.gateway.OpenApiDocument;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * Every JSON success body the test suite receives is checked against the OpenAPI document's schema
 * for its operation, so the document cannot drift from what the services answer. Refusals are
 * checked for Partner Center's shape by {@link ErrorShape}.
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
    if (response.statusCode() >= 300 || !type.startsWith("application/json")) {
      return;
    }
    String path = response.request().uri().getPath();
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
}
