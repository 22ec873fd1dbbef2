package dev.rvi.order.quote;

import dev.rvi.domain.error.Errors;
import dev.rvi.order.partner.PartnerContext;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The sessions quotes open (an exchange's, a trade-in's): a quote is carried out at most once, in the transaction that
 * locks its session; a repeat with the same session, or with the same external key (a support request's id), answers
 * the first result; an expired quote is refused.
 *
 * @param <P> what the quote stored
 * @param <R> what carrying it out answered
 */
public final class QuoteSessions<P, R> {
  private static final String SOURCE = "order";

  /** A session as its mapper reads it: the plan quoted, until when it holds, and the result once carried out. */
  public record Stored<P, R>(P plan, Instant expiresAt, R result) {}

  private final Pool pool;
  private final String what;
  private final String lockSql;
  private final String readSql;
  private final String byKeySql;
  private final Function<Row, Stored<P, R>> mapper;

  /**
   * {@code lockSql} locks a session by id, customer and partner, {@code readSql} reads one the same way without a lock;
   * {@code byKeySql} finds one by partner and external key.
   */
  public QuoteSessions(Pool pool, String what, String lockSql, String readSql, String byKeySql, Function<Row, Stored<P, R>> mapper) {
    this.pool = pool;
    this.what = what;
    this.lockSql = lockSql;
    this.readSql = readSql;
    this.byKeySql = byKeySql;
    this.mapper = mapper;
  }

  /** The plan a session quotes, read again (Azure polls a quote); another partner's or customer's is not found. */
  public Future<P> plan(PartnerContext partner, String sessionId, String customerId) {
    return read(partner, sessionId, customerId).map(session -> {
      if (session == null) {
        throw Errors.notFound(SOURCE, what + " quote " + sessionId + " not found");
      }
      return session.plan();
    });
  }

  /** What carrying a session out answered, read again; one not carried out is not found (reading never carries it out). */
  public Future<R> result(PartnerContext partner, String sessionId, String customerId) {
    return read(partner, sessionId, customerId).map(session -> {
      if (session == null || session.result() == null) {
        throw Errors.notFound(SOURCE, what + " " + sessionId + " not found");
      }
      return session.result();
    });
  }

  private Future<Stored<P, R>> read(PartnerContext partner, String sessionId, String customerId) {
    if (sessionId == null) {
      return Future.failedFuture(Errors.badRequest(SOURCE, "sessionId is required"));
    }
    return pool.preparedQuery(readSql).execute(Tuple.of(sessionId, customerId, partner.id()))
        .map(rows -> rows.size() == 0 ? null : mapper.apply(rows.iterator().next()));
  }

  public Future<R> byExternalKey(PartnerContext partner, String key) {
    if (key == null) {
      return Future.succeededFuture(null);
    }
    return pool.preparedQuery(byKeySql).execute(Tuple.of(partner.id(), key))
        .map(rows -> rows.size() == 0 ? null : mapper.apply(rows.iterator().next()).result());
  }

  /** Carries out the session's plan once with {@code carryOut}, which also closes the session in that transaction. */
  public Future<R> carryOutOnce(PartnerContext partner, String sessionId, String customerId, String externalKey, Instant now,
                                BiFunction<SqlConnection, P, Future<R>> carryOut) {
    return byExternalKey(partner, externalKey).compose(previous -> previous != null ? Future.succeededFuture(previous)
        : pool.withTransaction(conn -> conn.preparedQuery(lockSql).execute(Tuple.of(sessionId, customerId, partner.id())).compose(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound(SOURCE, what + " session " + sessionId + " not found");
          }
          Stored<P, R> session = mapper.apply(rows.iterator().next());
          if (session.result() != null) {
            return Future.succeededFuture(session.result());
          }
          if (!now.isBefore(session.expiresAt())) {
            throw Errors.badRequest(SOURCE, "the " + what + " quote expired; calculate the " + what + " again");
          }
          return carryOut.apply(conn, session.plan());
        })));
  }
}
