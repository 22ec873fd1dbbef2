package dev.rvi.domain.reservation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Whether a reservation may still be exchanged, by its purchase date: Microsoft announced that reservations of the
 * kinds named (compute by default) bought on or after the cutover can no longer be exchanged, and those bought
 * before keep one final exchange. Before the cutover every reservation is eligible. The cutover and the kinds are
 * configuration ({@code exchangeCutoverDate}, {@code exchangeCutoverKinds}).
 */
public record ExchangeEligibility(LocalDate cutover, Set<String> kinds) {
  /** Virtual machine reservations are compute. */
  public static final String COMPUTE = "compute";
  public static final ExchangeEligibility DEFAULT = new ExchangeEligibility(LocalDate.of(2027, 2, 1), Set.of(COMPUTE));

  public enum Status { eligible, finalExchange, notExchangeable }

  public record Verdict(Status status, String reason) {}

  public Verdict of(String kind, Instant purchasedAt, Instant now) {
    Instant from = cutover.atStartOfDay(ZoneOffset.UTC).toInstant();
    if (!kinds.contains(kind)) {
      return new Verdict(Status.eligible, "the exchange policy change does not cover " + kind + " reservations");
    }
    if (!purchasedAt.isBefore(from)) {
      return new Verdict(Status.notExchangeable, kind + " reservations bought on or after " + cutover + " cannot be exchanged");
    }
    if (now.isBefore(from)) {
      return new Verdict(Status.eligible, "bought before " + cutover + "; exchangeable until then, and once more after it");
    }
    return new Verdict(Status.finalExchange, "bought before " + cutover + ": one final exchange is left");
  }
}
