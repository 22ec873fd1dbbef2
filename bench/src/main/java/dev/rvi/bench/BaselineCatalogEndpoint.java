package dev.rvi.bench;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.db.ServicePool;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The yardstick for the catalog search (TechEmpower's "single query" shape): a plain Vert.x HTTP server with
 * one shared Postgres pool answering each request with one price row read by a random id, as JSON; no token
 * check, no validation, no event bus.
 * {@code java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.BaselineCatalogEndpoint <httpPort> <pgPort>}
 */
public final class BaselineCatalogEndpoint extends VerticleBase {
  private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
  private static final String SQL = "SELECT product_id, sku_id, arm_sku_name, arm_region_name, series, cores, term, unit_price "
      + "FROM catalog.price WHERE id = $1";

  private final Pool pool;
  private final int port;

  BaselineCatalogEndpoint(Pool pool, int port) {
    this.pool = pool;
    this.port = port;
  }

  public static void main(String[] args) {
    int httpPort = Integer.parseInt(args[0]);
    DatabaseSettings db = new DatabaseSettings("127.0.0.1", Integer.parseInt(args[1]), "postgres", "postgres", "");
    Vertx vertx = Vertx.vertx();
    int cores = Runtime.getRuntime().availableProcessors();
    Pool pool = ServicePool.create(vertx, db, "baseline", Math.max(4, cores * 2));
    vertx.deployVerticle(() -> new BaselineCatalogEndpoint(pool, httpPort), new DeploymentOptions().setInstances(cores))
        .onSuccess(id -> System.out.println("baseline listening on " + httpPort))
        .onFailure(e -> {
          e.printStackTrace();
          System.exit(1);
        });
  }

  @Override
  public Future<?> start() {
    return pool.query("SELECT min(id), max(id) FROM catalog.price").execute().compose(bounds -> {
      long low = bounds.iterator().next().getLong(0);
      long high = bounds.iterator().next().getLong(1);
      return vertx.createHttpServer().requestHandler(req -> {
        long id = ThreadLocalRandom.current().nextLong(low, high + 1);
        pool.preparedQuery(SQL).execute(Tuple.of(id)).onComplete(ar -> {
          if (ar.failed()) {
            req.response().setStatusCode(500).end();
            return;
          }
          JsonObject out = new JsonObject();
          for (Row row : ar.result()) {
            out.put("productId", row.getString("product_id")).put("skuId", row.getString("sku_id"))
                .put("armSkuName", row.getString("arm_sku_name")).put("armRegionName", row.getString("arm_region_name"))
                .put("series", row.getString("series")).put("cores", row.getInteger("cores")).put("term", row.getString("term"))
                .put("unitPrice", row.getBigDecimal("unit_price"));
          }
          req.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(out.encode());
        });
      }).listen(port);
    });
  }
}
