package dev.rvi.domain.outbox;

import io.vertx.core.Future;

/**
 * Sends a topic's pending events right after a write instead of at the relay's next tick, without piling up rounds:
 * writes that finish while a round is under way share one more round after it. Call it on one event loop.
 */
public final class OutboxNudge {
  private final OutboxTopic topic;
  private boolean running;
  private boolean again;

  public OutboxNudge(OutboxTopic topic) {
    this.topic = topic;
  }

  /** Passes {@code result} on at once; the delivery runs beside it (a failure waits for the relay's tick). */
  public <T> Future<T> after(T result) {
    nudge();
    return Future.succeededFuture(result);
  }

  public void nudge() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    topic.deliver().onComplete(done -> {
      running = false;
      if (again) {
        again = false;
        nudge();
      }
    });
  }
}
