package dev.rvi.catalog.inventory;

/** Why a SKU cannot be bought where the check asked: a reason code and the property (type and value) that causes it. */
public record Restriction(String reasonCode, String description, String propertyType, String value) {}
