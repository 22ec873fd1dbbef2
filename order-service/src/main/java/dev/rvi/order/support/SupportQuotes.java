package dev.rvi.order.support;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.money.Money;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.domain.support.SupportQuote;
import dev.rvi.domain.support.SupportQuoteRequest;
import dev.rvi.order.exchange.Exchanges;
import dev.rvi.order.reservation.Refunds;
import dev.rvi.order.savingsplan.TradeIns;
import io.vertx.core.Future;
import java.util.List;

/**
 * What an open support request would refund or credit if an agent approved it now: the partner's own calculate-refund,
 * calculate-exchange or calculate-trade-in, run for the partner that filed it, so the agent sees the figure approval
 * would carry out.
 */
public final class SupportQuotes {
  private final Refunds refunds;
  private final Exchanges exchanges;
  private final TradeIns tradeIns;

  public SupportQuotes(Refunds refunds, Exchanges exchanges, TradeIns tradeIns) {
    this.refunds = refunds;
    this.exchanges = exchanges;
    this.tradeIns = tradeIns;
  }

  public Future<SupportQuote> quote(Caller partner, SupportQuoteRequest q, String requestId) {
    if (q.refund() != null) {
      return refunds.quoted(partner, q.refund()).map(quoted -> {
        RefundQuote quote = quoted.quote();
        return new SupportQuote("refund", quoted.quantity(), new Money(quote.refund(), quoted.currency()),
            new Money(quote.fee(), quoted.currency()), null, null, errors(quote.policyErrors()));
      });
    }
    if (q.exchange() != null) {
      return exchanges.calculate(partner, q.exchange(), requestId).map(plan -> new SupportQuote("exchange",
          plan.reservationsToExchange().stream().mapToInt(r -> r.quantity()).sum(), null, null, plan.refundsTotal(), plan.purchasesTotal(),
          errors(plan.policyErrors())));
    }
    if (q.tradeIn() != null) {
      return tradeIns.calculate(partner, q.tradeIn(), requestId).map(plan -> new SupportQuote("tradeIn",
          plan.reservationsToReturn().stream().mapToInt(r -> r.quantity()).sum(), null, null, plan.credit(), plan.totalCommitment(),
          List.of()));
    }
    throw Errors.badRequest("order", "a quote names a refund, an exchange or a trade-in");
  }

  private static List<String> errors(List<RefundQuote.PolicyError> errors) {
    return errors.stream().map(e -> e.code() + ": " + e.description()).toList();
  }
}
