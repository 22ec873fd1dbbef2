package dev.rvi.domain.usage;

/** What the usage service answers; the name is the {@code action} header. */
public enum UsageAction {
  INGEST,
  /** Daily utilization of a reservation the order service checked ({@link UtilizationOf}). */
  RESERVATION_UTILIZATION,
  /** Daily utilization and averages of a savings plan the order service checked ({@link SavingsPlanUtilizationOf}). */
  SAVINGS_PLAN_UTILIZATION,
  /** Hourly utilization of a savings plan the order service checked ({@link SavingsPlanHoursOf}). */
  SAVINGS_PLAN_HOURS,
  /** Hourly utilization of a reservation the order service checked ({@link ReservationHoursOf}). */
  RESERVATION_HOURS,
  /** The aggregates of a page of savings plans, asked once for the page ({@link SavingsPlanOverviewsOf}). */
  SAVINGS_PLAN_OVERVIEWS,
  RECOMMENDATIONS,
  /** What savings plan a customer should buy, from its usage the reservations leave ({@link RecommendationQuery}). */
  SAVINGS_PLAN_RECOMMENDATIONS,
  /** The advised reservations, the advised savings plan and the best mix of both, side by side ({@link RecommendationQuery}). */
  BENEFIT_COMPARISON,
  /** The order service's reservation overview: a trend and 1-, 7- and 30-day averages ({@link ReservationFacts}). */
  RESERVATION_OVERVIEW,
  /** The refund policy's "VM usage so far" ({@link UsedSinceQuery}). */
  USED_SINCE,
  /** The order service's reservation changes, for the copy of the reservations in force. */
  APPLY_RESERVATIONS
}
