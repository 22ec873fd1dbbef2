package dev.rvi.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Per-tenant limit, as Partner Center's (500 requests per minute per tenant by default): a token
 * bucket per tenant (or per client address) that refills continuously. Counted per gateway process; with several
 * gateways behind a load balancer a tenant may use the limit at each of them.
 *
 * <p>The buckets are bounded: one untouched for a minute is full again, so it is dropped then and nothing is lost;
 * and at most {@link #MAX_KEYS} are held, so a caller that sends from ever new addresses cannot grow the heap.
 */
public final class RateLimiter {
  static final int MAX_KEYS = 100_000;

  private final double perNano;
  private final double capacity;
  private final Ticker ticker;
  private final Cache<String, Bucket> buckets;

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  public RateLimiter(int perMinute) {
    this(perMinute, MAX_KEYS, Ticker.systemTicker());
  }

  RateLimiter(int perMinute, int maxKeys, Ticker ticker) {
    this.capacity = perMinute;
    this.perNano = perMinute / 60e9;
    this.ticker = ticker;
    this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(Duration.ofMinutes(1)).ticker(ticker)
        .executor(Runnable::run).build();
  }

  public boolean enabled() {
    return capacity > 0;
  }

  /** 0 when the request may go ahead; otherwise the seconds to wait before the next one would. */
  public long acquire(String key) {
    if (!enabled()) {
      return 0;
    }
    long now = ticker.read();
    Bucket bucket = buckets.get(key, k -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
    }
  }

  /** How many buckets are held now (after pending evictions). */
  long held() {
    buckets.cleanUp();
    return buckets.estimatedSize();
  }
}
