package dev.rvi.order.savingsplan;

import java.time.Instant;

/** A row of {@code orders.trade_in_session}: the quote, until when it holds, and the result once carried out. */
record TradeInSession(TradeInPlan plan, Instant expiresAt, TradeInResult result) {}
