package dev.rvi.domain.directory;

/** The partner's reseller relationships, of one type or (null) of both. */
public record RelationshipQuery(String relationshipType) {}
