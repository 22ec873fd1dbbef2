package dev.rvi.gateway.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-tenant limit, as Partner Center's (500 requests per minute per tenant by default): a token
 * bucket per tenant that refills continuously. Counted per gateway process; with several gateways
 * behind a load balancer a tenant may use the limit at each of them.
 */
public final class RateLimiter {
  private final double perNano;
  private final double capacity;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  public RateLimiter(int perMinute) {
    this.capacity = perMinute;
    this.perNano = perMinute / 60e9;
  }

  public boolean enabled() {
    return capacity > 0;
  }

  /** 0 when the request may go ahead; otherwise the seconds to wait before the next one would. */
  public long acquire(String tenant) {
    if (!enabled()) {
      return 0;
    }
    long now = System.nanoTime();
    Bucket bucket = buckets.computeIfAbsent(tenant, t -> new Bucket(capacity, now));
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
}
