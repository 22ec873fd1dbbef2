package dev.rvi.domain.directory;

import java.util.List;

/** A batch of the order service's savings-plan changes, in the order they were made. */
public record BenefitSubscriptionChanges(List<BenefitSubscriptionChange> changes) {}
