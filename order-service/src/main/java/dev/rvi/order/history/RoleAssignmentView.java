package dev.rvi.order.history;

import dev.rvi.order.commitment.ReservationRole;
import io.vertx.core.json.JsonObject;

/** A reservation's role assignment as the API shows it. */
public final class RoleAssignmentView {
  private RoleAssignmentView() {}

  public static JsonObject of(ReservationRole role) {
    return new JsonObject().put("reservationId", role.reservationId()).put("userId", role.userId()).put("role", role.role())
        .put("grantedBy", role.grantedBy()).put("grantedAt", role.grantedAt().toString())
        .put("attributes", new JsonObject().put("objectType", "RoleAssignment"));
  }
}
