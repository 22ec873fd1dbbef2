package dev.rvi.catalog.pricelist;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** One change of a price list: its version after, what changed, who changed it and when, and the list as it was then. */
public record Revision(String listId, int version, String change, Instant changedAt, String changedBy, String detail, JsonObject snapshot) {}
