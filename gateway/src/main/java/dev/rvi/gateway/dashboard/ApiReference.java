package dev.rvi.gateway.dashboard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The API reference at {@code /docs/}: Swagger UI from its WebJar (the version the build pins) over
 * {@code /v1/openapi.json}, started by a script file of ours, so the page runs under a Content-Security-Policy
 * without inline script.
 */
public final class ApiReference {
  private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
  private static final CharSequence CSP = HttpHeaders.createOptimized("default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");

  /** Read from the WebJar once per process, not on each gateway instance's start. */
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion();

  public void mount(Router router) {
    StaticHandler ours = StaticHandler.create("apidocs").setCachingEnabled(false).setDirectoryListing(false).setIndexPage("index.html");
    StaticHandler swagger = StaticHandler.create(WEBJAR).setDirectoryListing(false).setMaxAgeSeconds(86_400);
    // The router takes /docs and /docs/ alike.
    router.get("/docs/").handler(ctx -> ctx.reroute("/docs/index.html"));
    // Our page and its script first; what they do not have comes from the WebJar.
    router.get("/docs/*").handler(this::headers).handler(ours).handler(swagger);
  }

  private void headers(RoutingContext ctx) {
    ctx.response().headers().set(CSP_NAME, CSP);
    ctx.next();
  }

  private static String swaggerUiVersion() {
    try (InputStream in = ApiReference.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the Swagger UI WebJar is not on the class path");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
