package dev.rvi.app;

import dev.rvi.postgres.EmbeddedPostgresServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code serve} has started, stopped in order by one shutdown hook that is in place before anything starts: a TERM
 * while Postgres starts, the schemas migrate or the demo loads stops the parts started so far and then the embedded
 * Postgres, as a TERM after start-up does (HTTP drained, services stopped, pools closed, Postgres last).
 */
final class ServeLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(ServeLifecycle.class);

  /** Done once the embedded Postgres has started (or failed to, or is not ours: null); a stop waits for it. */
  private final CompletableFuture<EmbeddedPostgresServer> postgres = new CompletableFuture<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile Platform platform;
  private volatile boolean started;

  /** Starts the embedded Postgres this process owns, so that a stop coming meanwhile waits for it and then stops it. */
  EmbeddedPostgresServer startPostgres(Supplier<EmbeddedPostgresServer> start) {
    try {
      EmbeddedPostgresServer server = start.get();
      postgres.complete(server);
      return server;
    } catch (RuntimeException e) {
      postgres.complete(null);
      throw e;
    }
  }

  /** No embedded Postgres: the database is someone else's. */
  void externalDatabase() {
    postgres.complete(null);
  }

  void starting(Platform starting) {
    this.platform = starting;
  }

  void started() {
    this.started = true;
  }

  boolean stopping() {
    return stopped.get();
  }

  /** Once, from the hook or from a failed start: the platform (drained when it was up), then the embedded Postgres. */
  void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    Platform running = platform;
    if (running != null && started) {
      running.shutdown();
      LOG.info("HTTP drained, services stopped, pools closed");
    } else if (running != null) {
      LOG.info("Stopping during start-up");
      try {
        running.stop().await(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warn("the parts started so far did not stop cleanly: {}", e.getMessage());
      }
    }
    EmbeddedPostgresServer server;
    try {
      server = postgres.get(3, TimeUnit.MINUTES);
    } catch (Exception e) {
      LOG.warn("the embedded Postgres did not finish starting in 3 minutes; it may still run: {}", e.getMessage());
      return;
    }
    if (server != null) {
      server.close();
    }
  }
}
