package dev.rvi.domain.notification;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Role;

/**
 * Whose events and webhooks a caller works with: a partner's are its tenant's; the operator's (price sheets
 * loaded) are one audience shared by the operator's tenants, which only callers with the Operator role (admitted
 * only from those tenants) reach.
 */
public final class Audiences {
  /** Not a tenant id a token can carry (tenant ids are GUIDs or names without a colon). */
  public static final String OPERATOR = "operator:platform";

  private Audiences() {}

  public static String of(Caller caller) {
    return caller.roles().contains(Role.OPERATOR) ? OPERATOR : caller.tenantId();
  }
}
