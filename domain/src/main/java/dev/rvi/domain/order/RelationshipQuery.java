package dev.rvi.domain.order;

/** The partner's reseller relationships, of one type or (null) of both. */
public record RelationshipQuery(String relationshipType) {}
