package dev.rvi.domain.order;

/** What the order service answers; the name is the {@code action} header. */
public enum OrderAction {
  ONBOARD_PARTNER,
  LIST_PARTNERS,
  LINK_RESELLER
}
