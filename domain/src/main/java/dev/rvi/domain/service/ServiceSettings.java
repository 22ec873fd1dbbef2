package dev.rvi.domain.service;

import dev.rvi.domain.db.ServicePool;
import dev.rvi.domain.refund.RefundPolicyConfig;
import dev.rvi.domain.reservation.ExchangeEligibility;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * What the services are configured with, typed once by the launcher (from the environment, checked before anything
 * starts) and handed to every service module, which takes its part and parses nothing.
 *
 * @param statementTimeoutMs  how long one SQL statement may run (0: no limit)
 * @param busTimeoutMs        how long a service waits for another's answer
 * @param alertTimeoutMs      how long the alert job waits for a partner's reservations' utilization
 * @param maximumQuantity     the most one cart line may buy
 * @param refundPolicy        fee, grace period and yearly cap of refunds
 * @param exchangeEligibility when exchanges of which kinds stop
 * @param renewalIntervalMs   how often due renewals run (0: only when asked)
 * @param alertIntervalMs     how often alert rules are looked at (0: only when asked)
 * @param webhooksAllowInsecure whether webhook endpoints may be plain http or private addresses (development only)
 * @param webhookTimeoutMs    how long a webhook delivery may take
 * @param maxUsageRecords     the most usage records one upload may carry
 * @param taxPercent          the tax on invoices
 */
public record ServiceSettings(long statementTimeoutMs, long busTimeoutMs, long alertTimeoutMs, int maximumQuantity,
                              Duration cartLifetime, Duration quoteLifetime, RefundPolicyConfig refundPolicy,
                              ExchangeEligibility exchangeEligibility, long renewalIntervalMs, long alertIntervalMs,
                              boolean webhooksAllowInsecure, int webhookTimeoutMs, int maxUsageRecords, BigDecimal taxPercent) {

  public static final ServiceSettings DEFAULT = new ServiceSettings(ServicePool.DEFAULT_STATEMENT_TIMEOUT_MS, 10_000, 120_000, 1000,
      Duration.ofDays(7), Duration.ofMinutes(10), RefundPolicyConfig.DEFAULT, ExchangeEligibility.DEFAULT, 60_000, 60_000, false, 10_000,
      100_000, BigDecimal.ZERO);

  public ServiceSettings withStatementTimeoutMs(long ms) {
    return new ServiceSettings(ms, busTimeoutMs, alertTimeoutMs, maximumQuantity, cartLifetime, quoteLifetime, refundPolicy,
        exchangeEligibility, renewalIntervalMs, alertIntervalMs, webhooksAllowInsecure, webhookTimeoutMs, maxUsageRecords, taxPercent);
  }

  public ServiceSettings withMaximumQuantity(int quantity) {
    return new ServiceSettings(statementTimeoutMs, busTimeoutMs, alertTimeoutMs, quantity, cartLifetime, quoteLifetime, refundPolicy,
        exchangeEligibility, renewalIntervalMs, alertIntervalMs, webhooksAllowInsecure, webhookTimeoutMs, maxUsageRecords, taxPercent);
  }

  public ServiceSettings withRefundPolicy(RefundPolicyConfig policy) {
    return new ServiceSettings(statementTimeoutMs, busTimeoutMs, alertTimeoutMs, maximumQuantity, cartLifetime, quoteLifetime, policy,
        exchangeEligibility, renewalIntervalMs, alertIntervalMs, webhooksAllowInsecure, webhookTimeoutMs, maxUsageRecords, taxPercent);
  }

  public ServiceSettings withExchangeEligibility(ExchangeEligibility eligibility) {
    return new ServiceSettings(statementTimeoutMs, busTimeoutMs, alertTimeoutMs, maximumQuantity, cartLifetime, quoteLifetime, refundPolicy,
        eligibility, renewalIntervalMs, alertIntervalMs, webhooksAllowInsecure, webhookTimeoutMs, maxUsageRecords, taxPercent);
  }

  /** The background jobs' intervals (0: they run only when asked, as the test clock does). */
  public ServiceSettings withJobIntervals(long renewalMs, long alertMs) {
    return new ServiceSettings(statementTimeoutMs, busTimeoutMs, alertTimeoutMs, maximumQuantity, cartLifetime, quoteLifetime, refundPolicy,
        exchangeEligibility, renewalMs, alertMs, webhooksAllowInsecure, webhookTimeoutMs, maxUsageRecords, taxPercent);
  }

  public ServiceSettings withWebhookTimeoutMs(int ms) {
    return new ServiceSettings(statementTimeoutMs, busTimeoutMs, alertTimeoutMs, maximumQuantity, cartLifetime, quoteLifetime, refundPolicy,
        exchangeEligibility, renewalIntervalMs, alertIntervalMs, webhooksAllowInsecure, ms, maxUsageRecords, taxPercent);
  }

  public ServiceSettings withWebhooksAllowInsecure(boolean allow) {
    return new ServiceSettings(statementTimeoutMs, busTimeoutMs, alertTimeoutMs, maximumQuantity, cartLifetime, quoteLifetime, refundPolicy,
        exchangeEligibility, renewalIntervalMs, alertIntervalMs, allow, webhookTimeoutMs, maxUsageRecords, taxPercent);
  }
}
