package dev.rvi.domain.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.json.ContractJson;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A declared action over a real bus: records in, records out; a missing or unknown field fails loudly. */
class BusActionTest {
  private static final String ADDRESS = "rvi.test.contract";

  record Question(String name, Integer count) {}

  record Answer(String greeting, Integer doubled) {}

  record Other(String somethingElse) {}

  private static final BusAction<Question, Answer> GREET = BusAction.of(ADDRESS, "GREET", Question.class, Answer.class);
  private static final BusAction<Other, Answer> WRONG_REQUEST = BusAction.of(ADDRESS, "GREET", Other.class, Answer.class);
  private static final BusAction<Question, Other> WRONG_REPLY = BusAction.of(ADDRESS, "GREET", Question.class, Other.class);

  private final Vertx vertx = Vertx.vertx();

  @BeforeEach
  void deploy() throws Exception {
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    vertx.deployVerticle(new ServiceVerticle(ADDRESS, "test") {
      @Override
      protected void registerActions() {
        on(GREET, (request, q) -> Future.succeededFuture(new Answer("hello " + q.name(), q.count() == null ? null : q.count() * 2)));
      }
    }).await(30, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  @Test
  void recordsTravelBothWaysWithTheirNulls() throws Exception {
    BusClient bus = new BusClient(vertx, 10_000);
    assertEquals(new Answer("hello ada", 42), bus.ask(GREET, new Question("ada", 21), Caller.SYSTEM, "r").await(30, TimeUnit.SECONDS));
    Answer none = bus.ask(GREET, new Question("bob", null), Caller.SYSTEM, "r").await(30, TimeUnit.SECONDS);
    assertNull(none.doubled());
    assertEquals("{\"greeting\":\"x\",\"doubled\":null}", ContractJson.encode(new Answer("x", null)), "nulls are written");
  }

  @Test
  void aRequestOrReplyThatDoesNotFitFails() throws Exception {
    BusClient bus = new BusClient(vertx, 10_000);
    ExecutionException request = assertThrows(ExecutionException.class, () -> bus.ask(WRONG_REQUEST, new Other("?"), Caller.SYSTEM, "r")
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
    assertEquals(500, ((ApiException) request.getCause()).error().httpStatus(), "a platform bug, not the client's");
    assertTrue(!((ApiException) request.getCause()).error().description().contains("Question"), "no Java type in the answer");
    ExecutionException reply = assertThrows(ExecutionException.class, () -> bus.ask(WRONG_REPLY, new Question("ada", 1), Caller.SYSTEM, "r")
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
    assertTrue(reply.getCause() instanceof IllegalArgumentException, reply::toString);
    assertThrows(IllegalArgumentException.class, () -> ContractJson.decode("{\"greeting\":\"x\"}", Answer.class), "a missing field");
    assertThrows(IllegalArgumentException.class, () -> ContractJson.decode("{\"greeting\":\"x\",\"doubled\":1,\"extra\":2}", Answer.class),
        "an unknown field, in tests");
  }
}
