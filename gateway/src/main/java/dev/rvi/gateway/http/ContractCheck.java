package dev.rvi.gateway.http;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.Location;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every request's path and query parameters against the OpenAPI contract (the operation found
 * by vertx-openapi, each parameter's JSON schema) before any route runs: a value that does not fit is
 * a 400 in Partner Center's shape. Values are checked as Vert.x Web decoded them (the library's own
 * parameter reader would decode them a second time, breaking values such as a literal '%').
 */
public final class ContractCheck implements Handler<RoutingContext> {
  private final OpenAPIContract contract;
  private final Map<String, Validator> validators = new ConcurrentHashMap<>();
  private final JsonSchemaOptions options = new JsonSchemaOptions().setDraft(Draft.DRAFT202012)
      .setBaseUri("https://rvi.local/openapi").setOutputFormat(OutputFormat.Basic);

  public ContractCheck(OpenAPIContract contract) {
    this.contract = contract;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Operation operation = contract.findOperation(ctx.request().path(), ctx.request().method());
    if (operation == null) {
      ctx.next();
      return;
    }
    Map<String, String> pathValues = pathValues(operation.getOpenAPIPath(), ctx.request().path());
    for (Parameter p : operation.getParameters()) {
      if (p.getIn() != Location.QUERY && p.getIn() != Location.PATH) {
        continue;
      }
      String value = p.getIn() == Location.QUERY ? ctx.request().getParam(p.getName()) : pathValues.get(p.getName());
      if (value == null) {
        if (p.isRequired()) {
          refuse(ctx, p, "is required");
          return;
        }
        continue;
      }
      Object typed = value;
      if (p.getSchemaType() == SchemaType.INTEGER) {
        try {
          typed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
          refuse(ctx, p, "must be a whole number");
          return;
        }
      }
      Validator validator = validators.computeIfAbsent(operation.getOperationId() + "|" + p.getIn() + "|" + p.getName(),
          k -> Validator.create(p.getSchema(), options));
      OutputUnit result = validator.validate(typed);
      if (!result.getValid()) {
        String why = result.getErrors() == null || result.getErrors().isEmpty() ? "does not fit the API"
            : result.getErrors().get(0).getError();
        refuse(ctx, p, why);
        return;
      }
    }
    ctx.next();
  }

  /** The values of {@code {name}} segments of the template in the request's path (routes are matched before routing, here). */
  private static Map<String, String> pathValues(String template, String path) {
    Map<String, String> values = new java.util.HashMap<>();
    String[] t = template.split("/");
    String[] r = path.split("/");
    for (int i = 0; i < t.length && i < r.length; i++) {
      if (t[i].startsWith("{") && t[i].endsWith("}")) {
        values.put(t[i].substring(1, t[i].length() - 1), java.net.URLDecoder.decode(r[i].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void refuse(RoutingContext ctx, Parameter p, String why) {
    String where = p.getIn() == Location.PATH ? "path parameter " : "query parameter ";
    Responses.error(ctx, ApiError.of(p.getIn() == Location.PATH ? 404 : 400, p.getIn() == Location.PATH ? ErrorCode.NOT_FOUND : ErrorCode.BAD_REQUEST,
        where + p.getName() + ": " + (why == null ? "does not fit the API" : why.replaceAll("[\\r\\n]", " ")), "gateway"));
  }
}
