package dev.rvi.usage;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.io.Reader;
import java.time.Instant;

/**
 * The {@code import-usage} command's work: a usage file for one customer's subscription, straight into
 * the usage schema (the command checks first, with the order service's data, that the subscription is
 * the customer's).
 */
public final class UsageImport {
  private UsageImport() {}

  public static Future<JsonObject> run(Pool pool, String customerId, String subscriptionId, Reader content, int maxRecords) {
    return UsageStore.store(pool, customerId, subscriptionId, UsageRecords.parse(content, maxRecords, subscriptionId, Instant.now()));
  }
}
