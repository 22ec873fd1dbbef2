package dev.rvi.domain.usage;

/** The usage service's answer to {@link UsedSinceQuery}. */
public record UsedSince(boolean used) {}
