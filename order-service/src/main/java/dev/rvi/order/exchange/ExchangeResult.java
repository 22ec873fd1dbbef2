package dev.rvi.order.exchange;

import dev.rvi.domain.money.Money;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** A carried-out exchange as its session keeps it, so a repeat with the session or the external key answers the same. */
public record ExchangeResult(String sessionId, String status, Money refundsTotal, Money purchasesTotal, Money netPayable,
                             List<ExchangePlan.Return> returned, JsonObject order, Instant createdAt) {}
