package dev.rvi.catalog;

import dev.rvi.catalog.pricelist.PriceBooks;
import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.catalog.search.CatalogIndex;
import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.service.ServiceSettings;
import io.vertx.core.Deployable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The catalog service as the launcher sees it: schema {@code catalog}, reference data, verticles. */
public final class CatalogService implements ServiceModule {
  private final ReferenceData reference = ReferenceData.bundled();

  @Override
  public String schema() {
    return "catalog";
  }

  @Override
  public String address() {
    return Address.CATALOG;
  }

  /** Who the caller's partner is and the tiers of its prices (price lists). */
  @Override
  public Set<String> asks() {
    return Set.of(Address.DIRECTORY);
  }

  @Override
  public Set<String> tells() {
    return Set.of(Address.NOTIFICATION);
  }

  /** Writes the bundled reference data when the tables do not hold all of it yet. */
  @Override
  public Future<Void> prepare(Vertx vertx, Pool pool) {
    return pool.query(CatalogSql.REFERENCE_COUNTS).execute().compose(rows -> {
      var counts = rows.iterator().next();
      if (counts.getLong(0) >= reference.flexibility().size() && counts.getLong(1) >= reference.vmSizes().size()
          && counts.getLong(2) >= reference.regions().size()) {
        return Future.succeededFuture();
      }
      List<Tuple> flex = reference.flexibility().entrySet().stream()
          .map(e -> Tuple.of(e.getKey(), e.getValue().group(), e.getValue().ratio())).toList();
      List<Tuple> sizes = reference.vmSizes().entrySet().stream()
          .map(e -> Tuple.of(e.getKey(), e.getValue().cores(), e.getValue().memoryGib())).toList();
      List<Tuple> regions = reference.regions().entrySet().stream()
          .map(e -> Tuple.of(e.getKey(), e.getValue())).toList();
      return pool.withTransaction(conn -> conn.preparedQuery(CatalogSql.UPSERT_FLEXIBILITY).executeBatch(flex)
          .compose(v -> conn.preparedQuery(CatalogSql.UPSERT_VM_SIZE).executeBatch(sizes))
          .compose(v -> conn.preparedQuery(CatalogSql.UPSERT_REGION).executeBatch(regions))
          .<Void>mapEmpty());
    });
  }

  @Override
  public Supplier<Deployable> verticles(Pool pool, Clock clock, ServiceSettings config) {
    CatalogConfig catalogConfig = CatalogConfig.of(config);
    // One index per process, shared by the verticle's instances.
    CatalogIndex index = new CatalogIndex(pool, clock);
    PriceBooks books = new PriceBooks(pool);
    return () -> new CatalogVerticle(pool, clock, catalogConfig, reference, index, books);
  }

  public ReferenceData reference() {
    return reference;
  }
}
