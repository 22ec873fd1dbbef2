package dev.rvi.support;

import java.time.OffsetDateTime;

/**
 * A line of a request's history: who did what, when, and whether the partner sees it. {@code detail} is the line's
 * JSON as it was written (its keys depend on the kind).
 */
record SupportEvent(long id, OffsetDateTime at, String actor, String actorType, String kind, String visibility, String detail) {}
