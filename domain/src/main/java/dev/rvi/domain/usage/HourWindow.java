package dev.rvi.domain.usage;

import dev.rvi.domain.error.Errors;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The whole hours [from, to) of an hourly utilization: at most {@link #MAX_HOURS}; without {@code to}, up to the last
 * whole hour; without {@code from}, the 24 hours before {@code to}. Hours still to come are in the window but shown by
 * nobody: they are not yet used or not.
 */
public record HourWindow(Instant from, Instant to) {
  public static final int MAX_HOURS = 7 * 24;
  public static final int DEFAULT_HOURS = 24;

  /** The window asked for, its defaults filled in at {@code now}; a 400 of {@code source} when it is not one. */
  public static HourWindow of(Instant from, Instant to, Instant now, String source) {
    Instant end = to != null ? to : now.truncatedTo(ChronoUnit.HOURS);
    Instant start = from != null ? from : end.minus(Duration.ofHours(DEFAULT_HOURS));
    if (!start.equals(start.truncatedTo(ChronoUnit.HOURS)) || !end.equals(end.truncatedTo(ChronoUnit.HOURS))) {
      throw Errors.badRequest(source, "from and to of an hourly utilization are whole hours, such as 2027-01-31T05:00:00Z");
    }
    if (!start.isBefore(end) || Duration.between(start, end).toHours() > MAX_HOURS) {
      throw Errors.badRequest(source, "from must be before to, and an hourly utilization covers at most " + MAX_HOURS + " hours (7 days)");
    }
    return new HourWindow(start, end);
  }

  public long fromHour() {
    return from.getEpochSecond() / 3600;
  }

  public long toHour() {
    return to.getEpochSecond() / 3600;
  }
}
