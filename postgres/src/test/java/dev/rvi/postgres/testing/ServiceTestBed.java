package dev.rvi.postgres.testing;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.db.ServicePool;
import dev.rvi.postgres.SchemaMigrations;
import io.vertx.core.Deployable;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;

/**
 * What a service module's tests run on: a fresh database (see {@link TestDatabase}) with the service's schema migrated,
 * a local event bus that signs and checks requests as the product's does, the service's pool, and a client to ask it.
 * The service and the fakes of its neighbours are deployed on it.
 */
public final class ServiceTestBed implements AutoCloseable {
  public final Vertx vertx;
  public final DatabaseSettings database;
  public final Pool pool;
  public final BusClient bus;

  private ServiceTestBed(String schema) {
    database = TestDatabase.fresh();
    SchemaMigrations.migrate(database, schema);
    vertx = Vertx.vertx();
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    pool = ServicePool.create(vertx, database, schema, 4);
    bus = new BusClient(vertx, 10_000);
  }

  public static ServiceTestBed of(String schema) {
    return new ServiceTestBed(schema);
  }

  /** Deploys a verticle (the service, or a fake of a neighbour); answers its deployment id. */
  public String deploy(Deployable verticle) throws Exception {
    return vertx.deployVerticle(verticle).await(30, TimeUnit.SECONDS);
  }

  public void undeploy(String deploymentId) throws Exception {
    vertx.undeploy(deploymentId).await(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    vertx.close().await(30, TimeUnit.SECONDS);
  }
}
