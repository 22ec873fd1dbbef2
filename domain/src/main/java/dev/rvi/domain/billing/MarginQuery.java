package dev.rvi.domain.billing;

/** The caller's margin report over the months {@code from} to {@code to} ({@code yyyy-MM}, both included). */
public record MarginQuery(String from, String to) {}
