package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.SavingsPlanDay;
import java.util.List;

/**
 * A savings plan's utilization over a window: each day it was in force (its commitment, what it spent, the share), and
 * the 1-, 7- and 30-day averages up to the window's last day, as a reservation's overview shows them.
 */
public record SavingsPlanUtilization(List<SavingsPlanDay> days, List<UtilizationSummary.Aggregate> aggregates) {}
