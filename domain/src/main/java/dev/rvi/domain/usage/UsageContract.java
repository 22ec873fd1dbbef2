package dev.rvi.domain.usage;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;

/**
 * The usage service's actions. The upload of usage itself
 * ({@link UsageAction#INGEST}) is the one action whose body is not a record: the file travels as the
 * message's body, its ids as headers, so megabytes are not escaped into a string and back.
 */
public final class UsageContract {
  private UsageContract() {}

  /** A reservation's utilization for its overview (the platform only). */
  public static final BusAction<OverviewQuery, UtilizationSummary> RESERVATION_OVERVIEW =
      BusAction.of(Address.USAGE, UsageAction.RESERVATION_OVERVIEW.name(), OverviewQuery.class, UtilizationSummary.class);
  /** Daily utilization of one reservation, asked by the order service once it checked the caller may read it (the platform only). */
  public static final BusAction<UtilizationOf, Document> RESERVATION_UTILIZATION =
      BusAction.of(Address.USAGE, UsageAction.RESERVATION_UTILIZATION.name(), UtilizationOf.class, Document.class);
  /**
   * A savings plan's daily utilization and its 1-, 7- and 30-day averages, asked by the order service once it checked the
   * caller may read it (the platform only).
   */
  public static final BusAction<SavingsPlanUtilizationOf, SavingsPlanUtilization> SAVINGS_PLAN_UTILIZATION =
      BusAction.of(Address.USAGE, UsageAction.SAVINGS_PLAN_UTILIZATION.name(), SavingsPlanUtilizationOf.class, SavingsPlanUtilization.class);
  /** A savings plan's hours in force in a window of at most 7 days (the platform only). */
  public static final BusAction<SavingsPlanHoursOf, SavingsPlanHours> SAVINGS_PLAN_HOURS =
      BusAction.of(Address.USAGE, UsageAction.SAVINGS_PLAN_HOURS.name(), SavingsPlanHoursOf.class, SavingsPlanHours.class);
  /** A reservation's hours in force in a window of at most 7 days, as a page of hours (the platform only). */
  public static final BusAction<ReservationHoursOf, Document> RESERVATION_HOURS =
      BusAction.of(Address.USAGE, UsageAction.RESERVATION_HOURS.name(), ReservationHoursOf.class, Document.class);
  /** The 1-, 7- and 30-day averages of a page of one customer's savings plans, asked once for the page (the platform only). */
  public static final BusAction<SavingsPlanOverviewsOf, SavingsPlanOverviews> SAVINGS_PLAN_OVERVIEWS =
      BusAction.of(Address.USAGE, UsageAction.SAVINGS_PLAN_OVERVIEWS.name(), SavingsPlanOverviewsOf.class, SavingsPlanOverviews.class);
  /** What a customer should buy (a partner's request). */
  public static final BusAction<RecommendationQuery, Document> RECOMMENDATIONS =
      BusAction.of(Address.USAGE, UsageAction.RECOMMENDATIONS.name(), RecommendationQuery.class, Document.class);
  /** What hourly commitment of a savings plan a customer should buy (a partner's request). */
  public static final BusAction<RecommendationQuery, Document> SAVINGS_PLAN_RECOMMENDATIONS =
      BusAction.of(Address.USAGE, UsageAction.SAVINGS_PLAN_RECOMMENDATIONS.name(), RecommendationQuery.class, Document.class);
  /**
   * For the same usage and term, what the advised reservations, the advised savings plan and reservations then a plan would
   * cost and save (a partner's request).
   */
  public static final BusAction<RecommendationQuery, Document> BENEFIT_COMPARISON =
      BusAction.of(Address.USAGE, UsageAction.BENEFIT_COMPARISON.name(), RecommendationQuery.class, Document.class);
  /** The order service's reservation changes, for the usage service's copy (the platform only). */
  public static final BusAction<ReservationChanges, NoBody> APPLY_RESERVATIONS =
      BusAction.of(Address.USAGE, UsageAction.APPLY_RESERVATIONS.name(), ReservationChanges.class, NoBody.class);
  /** Whether VMs a reservation could cover ran in a window (the platform only). */
  public static final BusAction<UsedSinceQuery, UsedSince> USED_SINCE =
      BusAction.of(Address.USAGE, UsageAction.USED_SINCE.name(), UsedSinceQuery.class, UsedSince.class);
}
