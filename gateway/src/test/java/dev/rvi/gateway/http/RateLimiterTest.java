package dev.rvi.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets: the limit holds, and what is remembered stays bounded however many callers come. */
class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final Ticker ticker = now::get;

  @Test
  void aCallerGetsItsMinuteAndThenWaits() {
    RateLimiter limiter = new RateLimiter(3, RateLimiter.MAX_KEYS, ticker);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, limiter.acquire("10.0.0.1"));
    }
    assertEquals(20, limiter.acquire("10.0.0.1"), "one request comes back every 20 s");
    assertEquals(0, limiter.acquire("10.0.0.2"), "another caller has its own bucket");
    now.addAndGet(TimeUnit.SECONDS.toNanos(20));
    assertEquals(0, limiter.acquire("10.0.0.1"));
  }

  @Test
  void distinctAddressesWithoutEndKeepTheBucketsBounded() {
    RateLimiter limiter = new RateLimiter(100, RateLimiter.MAX_KEYS, ticker);
    // 250,000 forwarded addresses within one minute: more than the bound.
    for (int i = 0; i < 250_000; i++) {
      limiter.acquire("203." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255) + "/" + i);
    }
    long held = limiter.held();
    assertTrue(held <= RateLimiter.MAX_KEYS, () -> held + " buckets held");
    // A bucket untouched for a minute is full again: it is dropped, and nothing is lost by that.
    now.addAndGet(TimeUnit.SECONDS.toNanos(61));
    assertEquals(0, limiter.held());
    assertEquals(0, limiter.acquire("203.0.0.1/1"), "a returning caller starts with a full bucket, as it would have");
  }

  @Test
  void aTurnedOffLimiterLetsEverythingThrough() {
    RateLimiter off = new RateLimiter(0, RateLimiter.MAX_KEYS, ticker);
    for (int i = 0; i < 1000; i++) {
      assertEquals(0, off.acquire("x"));
    }
    assertEquals(0, off.held());
  }
}
