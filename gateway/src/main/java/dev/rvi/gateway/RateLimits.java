package dev.rvi.gateway;

import java.util.Set;

/**
 * How many requests the gateway takes a minute: per client address, counted before the token is read
 * (so a flood of bad tokens is refused without checking a signature), and per tenant after it. Behind a
 * load balancer every request comes from the balancer's address: name it in {@code trustedProxies} and
 * the client's address is taken from the last {@code X-Forwarded-For} entry it added. 0 turns a limit off.
 */
public record RateLimits(int perTenantPerMinute, int perAddressPerMinute, Set<String> trustedProxies) {
  /** Partner Center's limit: 500 requests per minute per tenant. */
  public static final int DEFAULT_PER_TENANT = 500;
  /** Several tenants may share one address (a partner's back end, a NAT): a higher limit than a tenant's. */
  public static final int DEFAULT_PER_ADDRESS = 3000;

  public RateLimits {
    trustedProxies = Set.copyOf(trustedProxies);
  }

  public static RateLimits perTenant(int perMinute) {
    return new RateLimits(perMinute, 0, Set.of());
  }

  public RateLimits withPerAddress(int perMinute) {
    return new RateLimits(perTenantPerMinute, perMinute, trustedProxies);
  }
}
