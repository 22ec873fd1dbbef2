package dev.rvi.domain.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rvi.domain.error.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a service answers the database's failures, over a real event bus: connectivity and Postgres'
 * "cannot serve now" states are 503 (retry), values Postgres cannot store are 400, and only a real bug
 * is a 500, whose text names no Java class.
 */
class FailureAnswersTest {
  private static final String ADDRESS = "rvi.test.failures";
  private static final Map<String, Throwable> FAILURES = Map.ofEntries(
      Map.entry("STARTING_UP", new PgException("the database system is starting up", "FATAL", "57P03", null)),
      Map.entry("SHUTTING_DOWN", new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)),
      Map.entry("CONNECTION_FAILURE", new PgException("connection failure", "FATAL", "08006", null)),
      Map.entry("TOO_MANY_CONNECTIONS", new PgException("sorry, too many clients already", "FATAL", "53300", null)),
      Map.entry("RESET", new RuntimeException("query failed", new SocketException("Connection reset"))),
      Map.entry("IO", new IOException("Broken pipe")),
      Map.entry("CLOSING", new VertxException("Connection is not active now, current status: CLOSING")),
      Map.entry("NUL", new PgException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "22021", null)),
      Map.entry("OUT_OF_RANGE", new PgException("numeric field overflow", "ERROR", "22003", null)),
      Map.entry("BUG", new IllegalStateException("java.lang.String cannot be cast to java.lang.Integer")));

  private final Vertx vertx = Vertx.vertx();

  @BeforeEach
  void deploy() throws Exception {
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    vertx.deployVerticle(new ServiceVerticle(ADDRESS, "test") {
      @Override
      protected void registerActions() {
        FAILURES.forEach((action, failure) -> on(action, request -> Future.failedFuture(failure)));
      }
    }).await(30, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  private ApiException answer(String action) throws Exception {
    try {
      new BusClient(vertx, 10_000).request(ADDRESS, action, "{}", Caller.SYSTEM, "r").toCompletionStage().toCompletableFuture()
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return (ApiException) e.getCause();
    }
    throw new AssertionError(action + " succeeded");
  }

  @Test
  void eachFailureHasItsAnswer() throws Exception {
    for (String action : new String[] {"STARTING_UP", "SHUTTING_DOWN", "CONNECTION_FAILURE", "TOO_MANY_CONNECTIONS", "RESET", "IO", "CLOSING"}) {
      assertEquals(503, answer(action).error().httpStatus(), action);
    }
    assertEquals(400, answer("NUL").error().httpStatus());
    assertEquals(400, answer("OUT_OF_RANGE").error().httpStatus());
    ApiException bug = answer("BUG");
    assertEquals(500, bug.error().httpStatus());
    assertFalse(bug.error().description().contains("java."), bug.error().description());
  }
}
