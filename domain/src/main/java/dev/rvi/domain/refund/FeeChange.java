package dev.rvi.domain.refund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A change to the early termination fee announced in advance: from {@code from} (UTC) on, refunds take {@code percent}. */
public record FeeChange(LocalDate from, BigDecimal percent) {}
