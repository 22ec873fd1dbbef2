package dev.rvi.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every request on ARM's paths gets before its route: {@code x-ms-request-id} (the request's id),
 * {@code x-ms-correlation-request-id} (the caller's, else the request's id) and {@code x-ms-client-request-id} echoed,
 * and the {@code api-version} check: each provider answers the versions Azure's SDKs send, a missing or unknown one is
 * ARM's 400 ({@code MissingApiVersionParameter}, {@code InvalidApiVersionParameter}).
 */
public final class ArmRequests implements Handler<RoutingContext> {
  public static final CharSequence MS_REQUEST_ID = HttpHeaders.createOptimized("x-ms-request-id");
  public static final CharSequence MS_CORRELATION = HttpHeaders.createOptimized("x-ms-correlation-request-id");
  public static final CharSequence MS_CLIENT_REQUEST_ID = HttpHeaders.createOptimized("x-ms-client-request-id");
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

  /** The api-versions each resource provider answers (lower case), newest first. */
  public static final Map<String, Set<String>> VERSIONS = Map.of(
      "microsoft.capacity", Set.of("2022-11-01", "2022-03-01", "2021-07-01"),
      "microsoft.billingbenefits", Set.of("2022-11-01"));

  @Override
  public void handle(RoutingContext ctx) {
    if (!ArmErrors.covers(ctx.request().path())) {
      ctx.next();
      return;
    }
    String requestId = ctx.get(RequestIds.KEY);
    ctx.response().putHeader(MS_REQUEST_ID, requestId);
    String correlation = ctx.request().getHeader(MS_CORRELATION);
    ctx.response().putHeader(MS_CORRELATION, correlation != null && SANE.matcher(correlation).matches() ? correlation : requestId);
    String client = ctx.request().getHeader(MS_CLIENT_REQUEST_ID);
    if (client != null && SANE.matcher(client).matches()) {
      ctx.response().putHeader(MS_CLIENT_REQUEST_ID, client);
    }
    String provider = provider(ctx.request().path());
    Set<String> versions = provider == null ? null : VERSIONS.get(provider);
    if (versions == null) {
      ctx.next();
      return;
    }
    String version = ctx.request().getParam("api-version");
    if (version == null || version.isBlank()) {
      refuse(ctx, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
    } else if (!versions.contains(version.trim().toLowerCase(Locale.ROOT))) {
      refuse(ctx, "InvalidApiVersionParameter", "The api-version '" + version + "' is invalid. The supported versions are '"
          + String.join(",", versions.stream().sorted().toList()) + "'.");
    } else {
      ctx.next();
    }
  }

  /** The resource provider a path names, lower case: the segment after its first {@code providers}. */
  static String provider(String path) {
    String[] segments = path.split("/");
    for (int i = 0; i + 1 < segments.length; i++) {
      if (segments[i].equalsIgnoreCase("providers")) {
        return segments[i + 1].toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static void refuse(RoutingContext ctx, String code, String message) {
    Responses.arm(ctx, 400, ArmErrors.body(code, message, "api-version", new JsonArray()));
  }
}
