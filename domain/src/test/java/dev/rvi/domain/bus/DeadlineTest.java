package dev.rvi.domain.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A request that reaches a service after its asker's deadline is not carried out. */
class DeadlineTest {
  private static final String ADDRESS = "rvi.test.deadline";
  private final Vertx vertx = trusted(Vertx.vertx());
  private final AtomicInteger carriedOut = new AtomicInteger();

  private static Vertx trusted(Vertx vertx) {
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    return vertx;
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  private void deploy() throws Exception {
    vertx.deployVerticle(new ServiceVerticle(ADDRESS, "test") {
      @Override
      protected void registerActions() {
        on("WORK", request -> {
          carriedOut.incrementAndGet();
          return Future.succeededFuture("{\"done\":true}");
        });
      }
    }).await(30, TimeUnit.SECONDS);
  }

  @Test
  void lateWorkIsDroppedAndTimelyWorkIsDone() throws Exception {
    deploy();
    DeliveryOptions late = new DeliveryOptions().addHeader(Headers.ACTION, "WORK").addHeader(Headers.REQUEST_ID, "r1")
        .addHeader(Headers.DEADLINE, Long.toString(System.currentTimeMillis() - 1_000));
    ExecutionException refused = assertThrows(ExecutionException.class, () ->
        vertx.eventBus().request(ADDRESS, "{}", late).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
    assertEquals(504, ((ReplyException) refused.getCause()).failureCode());
    assertEquals(0, carriedOut.get(), "nothing was done for an asker who had given up");

    String answer = new BusClient(vertx, 10_000).request(ADDRESS, "WORK", null, null, "r2").await(30, TimeUnit.SECONDS);
    assertEquals("{\"done\":true}", answer);
    assertEquals(1, carriedOut.get());
  }
}
