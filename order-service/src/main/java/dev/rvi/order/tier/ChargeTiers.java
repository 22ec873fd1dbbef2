package dev.rvi.order.tier;

import dev.rvi.domain.json.Jsons;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A charge's amount at each tier, kept with the charge ({@code orders.charge.tiers}) and sent with it to billing. Each
 * tier's amount is worked out from its own unit price by the rule that gave Microsoft's, so it is rounded once.
 */
public final class ChargeTiers {
  private ChargeTiers() {}

  public static List<ChargeTier> of(List<TierPrice> chain, Function<TierPrice, BigDecimal> amount) {
    return chain.stream().map(t -> new ChargeTier(t.level(), t.sellerId(), t.buyerId(), amount.apply(t))).toList();
  }

  /** Credits: each tier's credit as a negative amount. */
  public static List<ChargeTier> credits(List<TierCredit> credits, Function<TierCredit, BigDecimal> amount) {
    return credits.stream().map(t -> new ChargeTier(t.level(), t.sellerId(), t.buyerId(), amount.apply(t).negate())).toList();
  }

  public static String json(List<ChargeTier> tiers) {
    return Jsons.encode(tiers);
  }
}
