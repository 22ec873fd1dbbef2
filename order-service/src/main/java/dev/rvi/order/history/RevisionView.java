package dev.rvi.order.history;

import dev.rvi.order.commitment.Revision;
import io.vertx.core.json.JsonObject;

/** A reservation's revision as the API shows it. */
public final class RevisionView {
  private RevisionView() {}

  public static JsonObject of(Revision r) {
    return new JsonObject().put("id", r.id()).put("changedBy", r.changedBy()).put("changedAt", r.changedAt().toString())
        .put("change", r.change()).put("before", r.before()).put("after", r.after());
  }
}
