package dev.rvi.app;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.gateway.GatewayConfig;
import io.vertx.core.json.JsonObject;

/** What one JVM runs: the database, the gateway's settings, demo data, instance counts. */
public record PlatformOptions(DatabaseSettings database, GatewayConfig gateway, boolean demo, int serviceInstances,
                              int gatewayInstances, int poolSize, JsonObject serviceConfig) {}
