package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * A reservation's revisions as ARM lists them: the reservation as it was after each change, newest first, ending with
 * the purchase. Each is the current reservation with the changes after it undone (their {@code before} values).
 */
public final class ArmRevisions {
  /** What a revision may change, in the order service's names. */
  private static final Set<String> FIELDS = Set.of("appliedScopeType", "appliedScopes", "renew", "instanceFlexibility", "displayName", "quantity");

  private ArmRevisions() {}

  /** {@code revisions}: the order service's, oldest first. */
  public static JsonArray of(JsonObject current, List<JsonObject> revisions) {
    JsonArray out = new JsonArray();
    JsonObject state = current.copy();
    String purchased = current.getString("purchaseDateTime");
    state.put("lastUpdatedDateTime", revisions.isEmpty() ? purchased : revisions.get(revisions.size() - 1).getString("changedAt"));
    out.add(ArmReservationView.of(state));
    for (int i = revisions.size() - 1; i >= 0; i--) {
      JsonObject before = revisions.get(i).getJsonObject("before", new JsonObject());
      for (String field : FIELDS) {
        if (before.containsKey(field)) {
          state.put(field, before.getValue(field));
        }
      }
      state.put("lastUpdatedDateTime", i > 0 ? revisions.get(i - 1).getString("changedAt") : purchased);
      out.add(ArmReservationView.of(state));
    }
    return out;
  }
}
