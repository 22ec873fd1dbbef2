package dev.rvi.usage;

import java.time.LocalDate;

/**
 * A day of a customer's usage in one region: its generation (bumped by every ingest of usage of that day) and, once
 * rolled up, the generation and the digest of the reservations in force the roll-up was computed with.
 */
record UsageDay(LocalDate day, long generation, Long rolledGeneration, String rolledDigest) {
  /** Whether the day's roll-up still holds for the reservations in force that this digest names. */
  boolean holds(String digest) {
    return rolledGeneration != null && rolledGeneration == generation && digest.equals(rolledDigest);
  }
}
