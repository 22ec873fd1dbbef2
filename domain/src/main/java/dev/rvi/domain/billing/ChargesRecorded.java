package dev.rvi.domain.billing;

/** How many of a batch's charges were new to billing (the others it already had). */
public record ChargesRecorded(int recorded) {}
