package dev.rvi.directory.access;

import io.vertx.core.json.JsonObject;

/** An {@link AccessGrant} in the agent-access shape. */
public final class AccessGrantView {
  private AccessGrantView() {}

  public static JsonObject of(AccessGrant a) {
    return new JsonObject().put("subscriptionId", a.subscriptionId()).put("userId", a.userId())
        .put("grantedBy", a.grantedBy()).put("grantedAt", a.grantedAt().toInstant().toString())
        .put("attributes", new JsonObject().put("objectType", "AgentAccess"));
  }
}
