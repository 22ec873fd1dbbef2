package dev.rvi.catalog;

import dev.rvi.domain.bus.Document;
import dev.rvi.domain.error.ApiException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;

/** The catalog's answers on the bus as a test reads them: the reply, a document's JSON, or the refusal. */
final class Answers {
  private Answers() {}

  static <T> T ask(Future<T> answer) throws Exception {
    return answer.await(60, TimeUnit.SECONDS);
  }

  static JsonObject document(Future<Document> answer) throws Exception {
    return new JsonObject(ask(answer).json());
  }

  /** 200 for an answer, else the refusal's status. */
  static int refusal(Future<?> answer) throws Exception {
    Throwable e = failure(answer);
    return e == null ? 200 : e instanceof ApiException api ? api.error().httpStatus() : 500;
  }

  /** The refusal's description. */
  static String refusalText(Future<?> answer) throws Exception {
    Throwable e = failure(answer);
    return e instanceof ApiException api ? api.error().description() : String.valueOf(e);
  }

  private static Throwable failure(Future<?> answer) throws Exception {
    return answer.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
  }
}
