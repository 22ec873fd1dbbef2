package dev.rvi.domain.usage;

/**
 * One reservation as it changed in the order service, for the usage service's copy of the reservations in force: the
 * operation ({@code INSERT}, {@code UPDATE} or {@code DELETE}), the row as JSON text in the order service's column
 * names, and when (that database's clock in microseconds, then its outbox sequence). A change older than the last one
 * applied to the reservation is skipped, so a batch sent late or twice changes nothing.
 */
public record ReservationChange(String op, String row, long at, long sequence) {}
