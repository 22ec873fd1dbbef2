package dev.rvi.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The order service's clock as its tests hold it: still until the test sets or moves it, so days used, months paid
 * and quote lifetimes come out as worked by hand. Unlike the platform's test clock it may be set back: each test
 * starts its own customer at a moment of its choosing.
 */
final class TestClock extends Clock {
  private final AtomicReference<Instant> now;

  TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service's clock is UTC");
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  Instant set(Instant at) {
    now.set(at);
    return at;
  }

  Instant moveBy(Duration by) {
    return now.updateAndGet(current -> current.plus(by));
  }
}
