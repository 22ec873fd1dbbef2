package dev.rvi.order.savingsplan;

import dev.rvi.domain.money.Money;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** A carried-out trade-in as its session keeps it, so a repeat with the session or the external key answers the same. */
public record TradeInResult(String sessionId, String status, Money credit, Money totalCommitment, List<TradeInPlan.Return> returned,
                            JsonObject savingsPlan, JsonObject order, Instant createdAt) {}
