package dev.rvi.domain.directory;

/**
 * One savings plan as it changed in the order service, for the directory's rows of the subscriptions that benefits
 * show as (Partner Center lists a savings plan as a subscription of unit type Benefit): the plan as JSON text in the
 * order service's column names, and when (that database's clock in microseconds, then its outbox sequence). A change
 * older than the last one applied to the plan is skipped, so a batch sent late or twice changes nothing.
 */
public record BenefitSubscriptionChange(String row, long at, long sequence) {}
