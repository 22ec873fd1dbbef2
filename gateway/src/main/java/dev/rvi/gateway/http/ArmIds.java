package dev.rvi.gateway.http;

import dev.rvi.domain.error.Errors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reservation ids as Azure writes them: {@code /providers/Microsoft.Capacity/reservationOrders/{ro}/reservations/{r}}
 * (in any case, as Azure's own examples mix {@code microsoft.capacity} and {@code Microsoft.Capacity}), or the bare id.
 * An ARM id that names another reservation order than the request's path is refused.
 */
public final class ArmIds {
  private static final Pattern RESERVATION = Pattern.compile(
      "(?i)/providers/microsoft\\.capacity/reservationOrders/([A-Za-z0-9@._\\-]{1,128})/reservations/([A-Za-z0-9@._\\-]{1,128})/?");

  private ArmIds() {}

  /** The reservation's own id, from an ARM id or a bare one; null stays null. */
  public static String reservation(String value, String reservationOrderId, String field) {
    if (value == null) {
      return null;
    }
    String text = value.trim();
    Matcher arm = RESERVATION.matcher(text);
    if (arm.matches()) {
      if (reservationOrderId != null && !arm.group(1).equalsIgnoreCase(reservationOrderId)) {
        throw Errors.badRequest("gateway", field + " names reservation order " + arm.group(1) + ", not " + reservationOrderId
            + " of this request");
      }
      return arm.group(2);
    }
    if (!PathIds.ID.matcher(text).matches()) {
      throw Errors.badRequest("gateway", field + " must be a reservation id, or its ARM id "
          + "/providers/Microsoft.Capacity/reservationOrders/{reservationOrderId}/reservations/{reservationId}");
    }
    return text;
  }
}
