package dev.rvi.domain.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A savings plan's hours in force in a window: each hour's commitment, what it spent and the share. */
public record SavingsPlanHours(List<Hour> hours) {

  /** One hour, named by its start. */
  public record Hour(Instant usageDate, BigDecimal committed, BigDecimal used, BigDecimal utilizedPercentage) {}
}
