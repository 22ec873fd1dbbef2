package dev.rvi.domain.bus;

/** Event-bus header names. Headers are plain strings, so they cross a cluster unchanged. */
public final class Headers {
  private Headers() {}

  public static final String ACTION = "action";
  public static final String REQUEST_ID = "requestId";
  public static final String TENANT = "tenantId";
  public static final String USER = "userId";
  public static final String ROLES = "roles";
  /** The client's Idempotency-Key, and a hash of what it asked with it (method, path, body). */
  public static final String IDEMPOTENCY_KEY = "idempotencyKey";
  public static final String REQUEST_HASH = "requestHash";
  /** When the asker stops waiting (epoch milliseconds, wall clock): a service does not start work after it. */
  public static final String DEADLINE = "deadline";
  /** The support service acting for a partner: the partner's tenant, next to the support agent as the caller. */
  public static final String ON_BEHALF_OF = "onBehalfOf";
  /** The sender's HMAC over the address, the other headers and the body ({@link BusSigner}). */
  public static final String SIGNATURE = "signature";
}
