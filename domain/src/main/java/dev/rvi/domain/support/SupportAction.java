package dev.rvi.domain.support;

/** What the support service answers; the name is the {@code action} header. */
public enum SupportAction {
  COUNT_REQUESTS
}
