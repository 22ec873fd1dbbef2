package dev.rvi.domain.usage;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.order.OrderAction;

/** The typed actions between the usage service and the order service. */
public final class UsageContract {
  private UsageContract() {}

  /** The reservation the caller may read (its ids in the query), as the usage service needs it. */
  public static final BusAction<UtilizationQuery, ReservationFacts> RESERVATION_FOR_USAGE =
      BusAction.of(Address.ORDER, OrderAction.RESERVATION_FOR_USAGE.name(), UtilizationQuery.class, ReservationFacts.class);
  /** A customer the caller may see, with its market. */
  public static final BusAction<RecommendationQuery, CustomerMarket> CUSTOMER_FOR_USAGE =
      BusAction.of(Address.ORDER, OrderAction.CUSTOMER_FOR_USAGE.name(), RecommendationQuery.class, CustomerMarket.class);
  /** A customer's reservations in force in a window (the platform only). */
  public static final BusAction<InForceQuery, ReservationsInForce> RESERVATIONS_IN_FORCE =
      BusAction.of(Address.ORDER, OrderAction.RESERVATIONS_IN_FORCE.name(), InForceQuery.class, ReservationsInForce.class);
  /** Whether VMs a reservation could cover ran in a window (the platform only). */
  public static final BusAction<UsedSinceQuery, UsedSince> USED_SINCE =
      BusAction.of(Address.USAGE, UsageAction.USED_SINCE.name(), UsedSinceQuery.class, UsedSince.class);
}
