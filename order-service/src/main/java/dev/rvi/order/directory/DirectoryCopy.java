package dev.rvi.order.directory;

import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.directory.DirectoryChange;
import dev.rvi.domain.directory.DirectoryChanges;
import dev.rvi.domain.error.Errors;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * The order service's copy of the customer directory (partners, reseller links, customers, subscriptions, agent
 * access), which its SQL checks every id against. A batch is applied in one transaction; a change older than the last one
 * applied to its row is skipped (see {@link OrderSql#directoryCopy}), so a batch sent again or late changes nothing.
 */
public final class DirectoryCopy {
  private final Pool pool;

  public DirectoryCopy(Pool pool) {
    this.pool = pool;
  }

  public Future<NoBody> apply(DirectoryChanges batch) {
    return pool.withTransaction(conn -> {
      Future<?> chain = Future.succeededFuture();
      for (DirectoryChange change : batch.changes()) {
        String statement = OrderSql.directoryCopy(change.table(), change.op());
        if (statement == null) {
          return Future.failedFuture(Errors.badRequest("order", "no copy of directory table " + change.table() + " for " + change.op()));
        }
        chain = chain.compose(v -> conn.preparedQuery(statement).execute(Tuple.of(change.row(), change.at(), change.sequence())));
      }
      return chain;
    }).map(v -> NoBody.INSTANCE);
  }
}
