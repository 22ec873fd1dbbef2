package dev.rvi.order.reservation;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund as the yearly cap counts it: when it was made and what it counted, in US dollars. */
record CountedRefund(Instant createdAt, BigDecimal countedUsd) {}
