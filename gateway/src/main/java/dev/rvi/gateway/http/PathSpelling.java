package dev.rvi.gateway.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Partner Center matches its paths in any case (the .NET SDK posts {@code extensions/product/checkinventory}).
 * A request under {@code /v1} whose path names a route in another case is routed again with the route's
 * spelling; the values in its parameter segments are kept as sent. So is one on Azure Resource Manager's paths, which
 * ARM matches in any case ({@code /providers/microsoft.capacity/...}). When two routes fit, the one with more
 * fixed segments wins ({@code priceSheetLoads/{id}} against a literal), as the router itself would choose.
 */
public final class PathSpelling implements Handler<RoutingContext> {
  private final List<String[]> templates = new ArrayList<>();

  /** {@code paths}: the routes in the router's {@code :param} form. */
  public PathSpelling(Iterable<String> paths) {
    for (String path : paths) {
      templates.add(path.split("/", -1));
    }
  }

  @Override
  public void handle(RoutingContext ctx) {
    String path = ctx.request().path();
    String spelled = path == null || !(path.regionMatches(true, 0, "/v1/", 0, 4) || ArmErrors.covers(path)) ? null : spelling(path);
    if (spelled == null || spelled.equals(path)) {
      ctx.next();
      return;
    }
    String query = ctx.request().query();
    ctx.reroute(ctx.request().method(), query == null ? spelled : spelled + "?" + query);
  }

  /** The path as the best-fitting route spells it, or null when no route fits in any case. */
  String spelling(String path) {
    String[] segments = path.split("/", -1);
    String[] best = null;
    int bestFixed = -1;
    for (String[] template : templates) {
      if (template.length != segments.length) {
        continue;
      }
      int fixed = 0;
      boolean fits = true;
      for (int i = 0; i < template.length && fits; i++) {
        if (template[i].startsWith(":")) {
          continue;
        }
        fits = template[i].equalsIgnoreCase(segments[i]);
        fixed++;
      }
      if (fits && fixed > bestFixed) {
        best = template;
        bestFixed = fixed;
      }
    }
    if (best == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(best[i].startsWith(":") ? segments[i] : best[i]);
    }
    return out.toString();
  }
}
