package dev.rvi.app;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.domain.service.ServiceSettings;
import java.util.Map;

/**
 * What one JVM runs: the shared database (and, by schema, the services that have one of their own), the gateway's
 * settings, demo data, instance counts.
 */
public record PlatformOptions(DatabaseSettings database, Map<String, DatabaseSettings> serviceDatabases, GatewayConfig gateway,
                              boolean demo, int serviceInstances, int gatewayInstances, int poolSize, ServiceSettings services) {

  public PlatformOptions(DatabaseSettings database, GatewayConfig gateway, boolean demo, int serviceInstances, int gatewayInstances,
                         int poolSize, ServiceSettings services) {
    this(database, Map.of(), gateway, demo, serviceInstances, gatewayInstances, poolSize, services);
  }

  /** The Postgres of the service that owns this schema. */
  public DatabaseSettings databaseFor(String schema) {
    return serviceDatabases.getOrDefault(schema, database);
  }

  public PlatformOptions withServiceDatabases(Map<String, DatabaseSettings> own) {
    return new PlatformOptions(database, Map.copyOf(own), gateway, demo, serviceInstances, gatewayInstances, poolSize, services);
  }
}
