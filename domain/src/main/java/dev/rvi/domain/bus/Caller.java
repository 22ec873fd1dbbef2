package dev.rvi.domain.bus;

import io.vertx.core.MultiMap;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Who asks: the partner tenant, the user and the roles from the verified token. */
public record Caller(String tenantId, String userId, Set<String> roles) {

  public static final Caller SYSTEM = new Caller("system", "system", Set.of(Role.OPERATOR));

  public Caller {
    roles = Set.copyOf(roles);
  }

  /** The platform's own identity (demo data, health checks, one service asking another on its own account). */
  public boolean isSystem() {
    return SYSTEM.tenantId().equals(tenantId) && SYSTEM.userId().equals(userId);
  }

  public boolean has(String role) {
    return roles.contains(role);
  }

  public void writeTo(MultiMap headers) {
    headers.set(Headers.TENANT, tenantId).set(Headers.USER, userId).set(Headers.ROLES, String.join(",", roles));
  }

  public static Caller readFrom(MultiMap headers) {
    String roles = headers.get(Headers.ROLES);
    Set<String> set = new LinkedHashSet<>();
    if (roles != null && !roles.isBlank()) {
      set.addAll(Arrays.asList(roles.split(",")));
    }
    return new Caller(headers.get(Headers.TENANT), headers.get(Headers.USER), set);
  }
}
