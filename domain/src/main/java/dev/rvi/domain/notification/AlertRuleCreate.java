package dev.rvi.domain.notification;

import java.math.BigDecimal;
import java.util.List;

/**
 * A utilization alert to set: {@code utilization.low} when a reservation's average over {@code window} (P7D or
 * P30D) is under {@code thresholdPercent}, looked at {@code frequency} (daily, weekly, monthly), for the given
 * customers (empty: all).
 */
public record AlertRuleCreate(String type, BigDecimal thresholdPercent, String window, String frequency, List<String> customerIds) {}
