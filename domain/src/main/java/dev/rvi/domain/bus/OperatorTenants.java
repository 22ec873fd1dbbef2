package dev.rvi.domain.bus;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The operator's own tenants. A role counts only in the kind of tenant it belongs to: {@code Operator}
 * and {@code SupportAgent} only in these tenants, partner roles only in every other tenant. Identity
 * providers for multi-tenant apps let each tenant's administrators assign app roles, so the role claim
 * alone proves nothing; the tenant says which roles can be real.
 */
public record OperatorTenants(Set<String> ids) {
  /** The demo's operator tenant, and the default when none is configured. */
  public static final String DEMO = "operator";
  public static final OperatorTenants DEFAULT = new OperatorTenants(Set.of(DEMO));

  public OperatorTenants {
    ids = Set.copyOf(ids);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("at least one operator tenant is required");
    }
    if (ids.contains(Caller.SYSTEM.tenantId())) {
      throw new IllegalArgumentException("the tenant id " + Caller.SYSTEM.tenantId() + " is reserved for the platform itself");
    }
  }

  /** Comma-separated tenant ids, as in {@code RVI_OPERATOR_TENANTS}; blank means the default. */
  public static OperatorTenants parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    Set<String> ids = new LinkedHashSet<>();
    Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
    return new OperatorTenants(ids);
  }

  public boolean isOperator(String tenantId) {
    return tenantId != null && ids.contains(tenantId);
  }

  /**
   * The caller with only the roles that count for its tenant. The platform's own identity (which no
   * token can carry: the gateway refuses its tenant id) keeps its roles.
   */
  public Caller admit(Caller caller) {
    if (caller.isSystem()) {
      return caller;
    }
    Set<String> valid = isOperator(caller.tenantId()) ? Role.OPERATOR_STAFF : Role.PARTNER_STAFF;
    if (valid.containsAll(caller.roles())) {
      return caller;
    }
    Set<String> kept = new LinkedHashSet<>(caller.roles());
    kept.retainAll(valid);
    return new Caller(caller.tenantId(), caller.userId(), kept);
  }
}
