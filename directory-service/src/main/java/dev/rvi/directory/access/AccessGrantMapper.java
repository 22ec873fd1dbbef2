package dev.rvi.directory.access;

import io.vertx.sqlclient.Row;

/** Rows of {@code directory.agent_access} as {@link AccessGrant}s, or only their subscription where that is all selected. */
public final class AccessGrantMapper {
  private AccessGrantMapper() {}

  public static AccessGrant of(Row row) {
    return new AccessGrant(row.getString("subscription_id"), row.getString("user_id"), row.getString("granted_by"),
        row.getOffsetDateTime("granted_at"));
  }

  static String subscriptionId(Row row) {
    return row.getString("subscription_id");
  }
}
