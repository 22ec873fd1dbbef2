package dev.rvi.gateway.arm;

import io.vertx.core.http.HttpServerRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Full URLs ARM's clients follow: a list's nextLink, an operation's Location. */
public final class ArmLinks {
  private ArmLinks() {}

  /** This request's URL with {@code $skiptoken} set to where the next page starts. */
  public static String next(HttpServerRequest request, int skip) {
    return next(request, "$skiptoken", skip);
  }

  /** This request's URL with the paging parameter {@code name} ({@code $skiptoken}, {@code $skip}) set to where the next page starts. */
  public static String next(HttpServerRequest request, String name, int skip) {
    StringBuilder url = new StringBuilder(origin(request)).append(request.path()).append('?');
    String bare = name.startsWith("$") ? name.substring(1) : name;
    for (Map.Entry<String, String> p : request.params()) {
      if (!p.getKey().equalsIgnoreCase(name) && !p.getKey().equalsIgnoreCase(bare)) {
        url.append(encode(p.getKey())).append('=').append(encode(p.getValue())).append('&');
      }
    }
    return url.append(encode(name)).append('=').append(skip).toString();
  }

  /** A path of this API as a full URL, with the request's api-version. */
  public static String at(HttpServerRequest request, String path) {
    String version = request.getParam("api-version");
    return origin(request) + path + "?api-version=" + encode(version == null ? "" : version);
  }

  private static String origin(HttpServerRequest request) {
    return request.scheme() + "://" + request.authority();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
