package dev.rvi.directory.partner;

import java.time.OffsetDateTime;

/** The partner on the other side of a reseller link, with when it was linked and how many customers the reseller serves. */
record Relationship(String id, String name, String mpnId, String country, OffsetDateTime linkedAt, long customers) {}
