package dev.rvi.bench;

import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.catalog.CatalogSort;
import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.db.ServicePool;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The yardstick for the catalog search: a plain Vert.x HTTP server with one shared Postgres pool
 * running the same SQL for the same filters, with no token check, no validation and no event bus.
 * {@code java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.BaselineCatalogEndpoint <httpPort> <pgPort>}
 */
public final class BaselineCatalogEndpoint extends VerticleBase {
  private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
  private static final String SQL = CatalogSql.search(CatalogSort.PRICE);

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
    return vertx.createHttpServer().requestHandler(req -> {
      // Same filters as the bench's gateway query: eastus, P1Y, >= 4 cores, by price, 20 a page.
      Tuple params = Tuple.tuple().addString("USD").addOffsetDateTime(OffsetDateTime.now(ZoneOffset.UTC))
          .addArrayOfString(new String[] {"eastus"}).addArrayOfString(new String[0]).addArrayOfString(new String[0])
          .addString("P1Y").addInteger(4).addInteger(null).addString(null).addInteger(20).addInteger(0);
      pool.preparedQuery(SQL).execute(params).onComplete(ar -> {
        if (ar.failed()) {
          req.response().setStatusCode(500).end();
          return;
        }
        JsonArray items = new JsonArray();
        long total = 0;
        for (Row row : ar.result()) {
          total = row.getLong("total");
          items.add(new JsonObject().put("productId", row.getString("product_id")).put("skuId", row.getString("sku_id"))
              .put("armSkuName", row.getString("arm_sku_name")).put("armRegionName", row.getString("arm_region_name"))
              .put("series", row.getString("series")).put("cores", row.getInteger("cores")).put("term", row.getString("term"))
              .put("unitPrice", row.getBigDecimal("unit_price")).put("paygHourly", row.getBigDecimal("payg_hourly")));
        }
        req.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON)
            .end(new JsonObject().put("totalCount", total).put("items", items).encode());
      });
    }).listen(port);
  }
}
