package dev.rvi.order.usage;

import dev.rvi.domain.error.Errors;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.io.Reader;

/** The {@code import-usage} command's work: a usage file for one customer's subscription, straight into the order schema. */
public final class UsageImport {
  private UsageImport() {}

  public static Future<JsonObject> run(Pool pool, String customerId, String subscriptionId, Reader content, int maxRecords) {
    return pool.preparedQuery(OrderSql.SUBSCRIPTION_OF_CUSTOMER)
        .execute(Tuple.of(subscriptionId, customerId))
        .compose(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound("order", "subscription " + subscriptionId + " of customer " + customerId + " not found");
          }
          return UsageStore.store(pool, customerId, subscriptionId, UsageRecords.parse(content, maxRecords, subscriptionId,
              java.time.Instant.now()));
        });
  }
}
