package dev.rvi.gateway.http;

import dev.rvi.domain.error.Errors;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/** Ids taken from a request's path: an id that cannot be one is simply not found. */
public final class PathIds {
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9@._\\-]{1,128}");

  private PathIds() {}

  public static String id(RoutingContext ctx, String name) {
    String value = ctx.pathParam(name);
    if (value == null || !ID.matcher(value).matches()) {
      throw Errors.notFound("gateway", name + " not found");
    }
    return value;
  }
}
