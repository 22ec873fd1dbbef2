package dev.rvi.order.commitment;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** One change to a reservation: who made it when, what kind, and its properties before and after. */
public record Revision(long id, String changedBy, Instant changedAt, String change, JsonObject before, JsonObject after) {}
