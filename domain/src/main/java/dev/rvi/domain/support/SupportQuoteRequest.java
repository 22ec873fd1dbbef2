package dev.rvi.domain.support;

import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.domain.savingsplan.TradeInRequest;

/**
 * What an open support request would do if approved now, for the order service to quote as the partner's own
 * calculation would: exactly one of a refund, an exchange or a trade-in.
 */
public record SupportQuoteRequest(RefundRequest refund, ExchangeRequest exchange, TradeInRequest tradeIn) {}
