package dev.rvi.order;

import dev.rvi.domain.refund.RefundPolicyConfig;
import dev.rvi.domain.reservation.ExchangeEligibility;
import dev.rvi.domain.service.ServiceSettings;
import java.time.Duration;

/** The order service's numbers that are policy, not code: its part of the {@link ServiceSettings}. */
public record OrderConfig(int maximumQuantity, Duration cartLifetime, long catalogTimeoutMs, RefundPolicyConfig refundPolicy,
                          Duration quoteLifetime, long renewalIntervalMs, ExchangeEligibility exchangeEligibility) {
  /** A cart line's catalog check waits less than a partner's request does. */
  static final long CATALOG_TIMEOUT_MS = 5_000;

  public static OrderConfig of(ServiceSettings s) {
    return new OrderConfig(s.maximumQuantity(), s.cartLifetime(), CATALOG_TIMEOUT_MS, s.refundPolicy(), s.quoteLifetime(),
        s.renewalIntervalMs(), s.exchangeEligibility());
  }
}
