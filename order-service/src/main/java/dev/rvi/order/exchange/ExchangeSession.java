package dev.rvi.order.exchange;

import java.time.Instant;

/** A row of {@code orders.exchange_session}: the plan quoted, until when it holds, and the result once carried out. */
record ExchangeSession(ExchangePlan plan, Instant expiresAt, ExchangeResult result) {}
