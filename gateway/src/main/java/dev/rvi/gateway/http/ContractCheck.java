package dev.rvi.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.Location;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a request against the OpenAPI contract (the operation vertx-openapi finds for it): each path,
 * query and header parameter against its JSON schema, and the JSON body against the operation's body schema,
 * before any service sees it. Runs after the token and role checks, so those answer first. Values are
 * checked as Vert.x Web decoded them (the library's own parameter reader would decode them a second
 * time, breaking values such as a literal '%'). The body is read by {@link StrictJson} (UTF-8 JSON, no comments, no
 * key given twice in any case); its keys are checked in any case, as Partner Center reads them. The two bulk uploads
 * (price sheets, usage) are read by their streaming parsers instead of a schema pass over megabytes.
 */
public final class ContractCheck {
  private final OpenAPIContract contract;
  private final Map<String, Validator> validators = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> documentedBodies = new ConcurrentHashMap<>();
  /**
   * Verdicts on parameter values already seen: clients send the same few values (regions, terms, sizes, sorts)
   * again and again, and a schema pass costs more than the search it guards. Bounded: the least used go first.
   */
  private final Cache<String, String> parameterVerdicts = Caffeine.newBuilder().maximumSize(PARAMETER_VERDICTS).executor(Runnable::run).build();
  private static final int PARAMETER_VERDICTS = 20_000;
  private static final String VALID = "";
  private final JsonSchemaOptions options = new JsonSchemaOptions().setDraft(Draft.DRAFT202012)
      .setBaseUri("https://rvi.local/openapi").setOutputFormat(OutputFormat.Basic);

  private final KeySpelling keys;

  public ContractCheck(OpenAPIContract contract) {
    this.contract = contract;
    this.keys = new KeySpelling(contract.getRawContract().getJsonObject("components").getJsonObject("schemas"));
  }

  /** The refusal, or null when the request fits the contract. */
  public ApiError check(RoutingContext ctx) {
    Operation operation = contract.findOperation(ctx.request().path(), ctx.request().method());
    if (operation == null) {
      return null;
    }
    Map<String, String> pathValues = pathValues(operation.getOpenAPIPath(), ctx.request().path());
    if (ctx.pathParams().values().stream().anyMatch(ContractCheck::hasNul)
        || ctx.request().params().entries().stream().anyMatch(e -> hasNul(e.getKey()) || hasNul(e.getValue()))) {
      return bad(NUL);
    }
    for (Parameter p : operation.getParameters()) {
      if (p.getIn() != Location.QUERY && p.getIn() != Location.PATH && p.getIn() != Location.HEADER) {
        continue;
      }
      if (p.getIn() == Location.QUERY && ctx.request().params().getAll(p.getName()).size() > 1) {
        return refusal(p, "is given more than once");
      }
      String value = switch (p.getIn()) {
        case QUERY -> ctx.request().getParam(p.getName());
        case HEADER -> ctx.request().getHeader(p.getName());
        default -> pathValues.get(p.getName());
      };
      if (value == null) {
        if (p.isRequired()) {
          return refusal(p, "is required");
        }
        continue;
      }
      Object typed = value;
      if (p.getSchemaType() == SchemaType.INTEGER) {
        try {
          typed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
          return refusal(p, "must be a whole number");
        }
      }
      String key = operation.getOperationId() + "|" + p.getIn() + "|" + p.getName();
      String verdictKey = key + "|" + value;
      String why = parameterVerdicts.getIfPresent(verdictKey);
      if (why == null) {
        String computed = validate(key, p.getSchema(), typed);
        why = computed == null ? VALID : computed;
        if (value.length() <= 200) {
          parameterVerdicts.put(verdictKey, why);
        }
      }
      if (!why.isEmpty()) {
        return refusal(p, why);
      }
    }
    return checkBody(ctx, operation);
  }

  private ApiError checkBody(RoutingContext ctx, Operation operation) {
    if (operation.getRequestBody() == null) {
      return null;
    }
    // A streamed page is not read here: its route reads it as it arrives, and its parser checks it item by item.
    boolean streamed = BulkUploads.streamed(ctx.request().path());
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    if (!streamed && (body == null || body.length() == 0)) {
      return operation.getRequestBody().isRequired() ? bad("a JSON body is required") : null;
    }
    if (!isJson(ctx.request().getHeader("Content-Type"))) {
      return ApiError.of(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "the body must be JSON, sent with Content-Type: application/json", "gateway");
    }
    if (BulkUploads.is(ctx.request().path())) {
      // Read by their own streaming parsers; only their first bytes are looked at here (no UTF-16, UTF-32 or BOM).
      String foreign = StrictJson.foreignEncoding(body);
      return foreign == null ? null : bad(foreign);
    }
    MediaType json = operation.getRequestBody().getContent().get("application/json");
    Object parsed;
    try {
      parsed = StrictJson.of(ctx);
    } catch (ApiException e) {
      return e.error();
    }
    if (nulIn(parsed)) {
      return bad("body: " + NUL);
    }
    if (json == null) {
      return null;
    }
    String why = validate(operation.getOperationId() + "|body", json.getSchema(), keys.respell(parsed, documentedBody(operation)));
    return why == null ? null : bad("body: " + why);
  }

  private static final String NUL = "text must not hold NUL characters (U+0000)";

  private static boolean hasNul(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }

  /** A NUL character anywhere in the body, key or value: Postgres cannot store one in text. */
  private static boolean nulIn(Object value) {
    if (value instanceof String text) {
      return hasNul(text);
    }
    if (value instanceof JsonObject object) {
      for (Map.Entry<String, Object> e : object) {
        if (hasNul(e.getKey()) || nulIn(e.getValue())) {
          return true;
        }
      }
    } else if (value instanceof JsonArray array) {
      for (Object item : array) {
        if (nulIn(item)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code application/json} or a {@code +json} type, with or without parameters such as the charset. */
  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
  }

  /** The body schema as the document writes it (a {@code $ref} into the components), looked up once per operation. */
  private JsonObject documentedBody(Operation operation) {
    return documentedBodies.computeIfAbsent(operation.getOperationId(), id -> contract.getRawContract().getJsonObject("paths")
        .getJsonObject(operation.getOpenAPIPath()).getJsonObject(operation.getHttpMethod().name().toLowerCase())
        .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema"));
  }

  private String validate(String key, JsonSchema schema, Object value) {
    OutputUnit result = validators.computeIfAbsent(key, k -> Validator.create(schema, options)).validate(value);
    if (result.getValid()) {
      return null;
    }
    String why = result.getErrors() == null || result.getErrors().isEmpty() ? "does not fit the API"
        : result.getErrors().get(result.getErrors().size() - 1).getInstanceLocation() + " "
            + result.getErrors().get(result.getErrors().size() - 1).getError();
    return why.replaceAll("[\\r\\n]", " ").trim();
  }

  /** The values of the template's {@code {name}} segments in the request's path. */
  private static Map<String, String> pathValues(String template, String path) {
    Map<String, String> values = new HashMap<>();
    String[] t = template.split("/");
    String[] r = path.split("/");
    for (int i = 0; i < t.length && i < r.length; i++) {
      if (t[i].startsWith("{") && t[i].endsWith("}")) {
        values.put(t[i].substring(1, t[i].length() - 1), URLDecoder.decode(r[i].replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static ApiError refusal(Parameter p, String why) {
    if (p.getIn() == Location.PATH) {
      return ApiError.of(404, ErrorCode.NOT_FOUND, "path parameter " + p.getName() + ": " + why, "gateway");
    }
    return bad((p.getIn() == Location.HEADER ? "header " : "query parameter ") + p.getName() + ": " + why);
  }

  private static ApiError bad(String description) {
    return ApiError.of(400, ErrorCode.BAD_REQUEST, description, "gateway");
  }
}
