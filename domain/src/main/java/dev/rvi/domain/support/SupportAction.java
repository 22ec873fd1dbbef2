package dev.rvi.domain.support;

/** What the support service answers; the name is the {@code action} header. */
public enum SupportAction {
  FILE,
  LIST_FOR_CUSTOMER,
  GET_FOR_PARTNER,
  LIST_FOR_PARTNER,
  PARTNER_NOTE,
  QUEUE,
  GET_FOR_AGENT,
  ASSIGN,
  NOTE,
  APPROVE,
  REJECT,
  CLOSE
}
