package dev.rvi.domain.usage;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.order.OrderAction;
import dev.rvi.domain.order.SubscriptionRef;

/**
 * The usage service's actions and what it asks the order service. The upload of usage itself
 * ({@link UsageAction#INGEST}) is the one action whose body is not a record: the file travels as the
 * message's body, its ids as headers, so megabytes are not escaped into a string and back.
 */
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
  /** The caller may send usage of this subscription of this customer. */
  public static final BusAction<SubscriptionRef, NoBody> SUBSCRIPTION_FOR_USAGE =
      BusAction.of(Address.ORDER, OrderAction.SUBSCRIPTION_FOR_USAGE.name(), SubscriptionRef.class, NoBody.class);
  /** A reservation's utilization for its overview (the platform only). */
  public static final BusAction<OverviewQuery, UtilizationSummary> RESERVATION_OVERVIEW =
      BusAction.of(Address.USAGE, UsageAction.RESERVATION_OVERVIEW.name(), OverviewQuery.class, UtilizationSummary.class);
  /** Daily utilization of one reservation (a partner's request). */
  public static final BusAction<UtilizationQuery, Document> RESERVATION_UTILIZATION =
      BusAction.of(Address.USAGE, UsageAction.RESERVATION_UTILIZATION.name(), UtilizationQuery.class, Document.class);
  /** What a customer should buy (a partner's request). */
  public static final BusAction<RecommendationQuery, Document> RECOMMENDATIONS =
      BusAction.of(Address.USAGE, UsageAction.RECOMMENDATIONS.name(), RecommendationQuery.class, Document.class);
  /** Whether VMs a reservation could cover ran in a window (the platform only). */
  public static final BusAction<UsedSinceQuery, UsedSince> USED_SINCE =
      BusAction.of(Address.USAGE, UsageAction.USED_SINCE.name(), UsedSinceQuery.class, UsedSince.class);
}
