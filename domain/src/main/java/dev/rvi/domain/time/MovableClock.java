package dev.rvi.domain.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's clock. In production it follows the system clock; under {@code --test-clock} an
 * operator may move it forward (never back), and every time rule follows.
 */
public final class MovableClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public MovableClock(Clock base) {
    this.base = base;
  }

  public static MovableClock system() {
    return new MovableClock(Clock.systemUTC());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the platform clock is UTC");
  }

  /** Microsecond precision, as Postgres keeps time: what is written reads back the same. */
  @Override
  public Instant instant() {
    return base.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
  }

  /** Moves time to {@code target}; refuses to go back. Returns the new now. */
  public Instant moveTo(Instant target) {
    Instant now = instant();
    if (target.isBefore(now)) {
      throw new IllegalArgumentException("the test clock only moves forward; now is " + now);
    }
    offset.accumulateAndGet(Duration.between(now, target), Duration::plus);
    return instant();
  }
}
