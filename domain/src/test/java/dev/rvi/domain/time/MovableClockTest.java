package dev.rvi.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {
  @Test
  void movesForwardOnly() {
    MovableClock clock = new MovableClock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
    assertEquals(Instant.parse("2027-03-01T00:00:00Z"), clock.moveTo(Instant.parse("2027-03-01T00:00:00Z")));
    assertEquals(Instant.parse("2027-03-01T00:00:00Z"), clock.instant());
    assertThrows(IllegalArgumentException.class, () -> clock.moveTo(Instant.parse("2027-01-01T00:00:00Z")));
    assertEquals(Instant.parse("2027-03-01T00:00:00Z"), clock.instant(), "a refused move changes nothing");
  }
}
