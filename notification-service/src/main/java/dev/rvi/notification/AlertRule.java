package dev.rvi.notification;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A partner's utilization alert rule: a reservation averaging under {@code thresholdPercent} over the last
 * {@code windowDays} days is told of, looked at {@code frequency}, for the given customers (empty: all).
 */
record AlertRule(String id, String partnerId, String type, BigDecimal thresholdPercent, int windowDays, String frequency,
                 List<String> customerIds, OffsetDateTime createdAt, OffsetDateTime nextEvaluationAt, OffsetDateTime lastEvaluatedAt) {

  /** The window as an ISO duration: P7D or P30D. */
  String window() {
    return "P" + windowDays + "D";
  }
}
