package dev.rvi.domain.support;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.order.OrderAction;

/** The typed actions the support service asks the order service. */
public final class SupportContract {
  private SupportContract() {}

  /** The reservation belongs to the customer and the caller may act on its subscription. */
  public static final BusAction<ReservationRef, SupportReservation> RESERVATION_FOR_SUPPORT =
      BusAction.of(Address.ORDER, OrderAction.RESERVATION_FOR_SUPPORT.name(), ReservationRef.class, SupportReservation.class);
}
