package dev.rvi.usage;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One reservation's reserved and used instance-hours on one day (UTC), as the benefit engine allotted them. */
record ReservationDay(LocalDate day, BigDecimal reservedHours, BigDecimal usedHours) {}
