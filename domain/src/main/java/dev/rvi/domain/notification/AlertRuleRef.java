package dev.rvi.domain.notification;

/** One of the caller's alert rules. */
public record AlertRuleRef(String alertRuleId) {}
