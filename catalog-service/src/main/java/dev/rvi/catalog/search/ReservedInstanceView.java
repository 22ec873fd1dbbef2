package dev.rvi.catalog.search;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvi.catalog.market.Market;
import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.catalog.price.Pricer;
import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.paging.ContinuationToken;
import dev.rvi.domain.pricing.TierPrices;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The flat reserved-instance list: a page of {@link IndexedPrice}s in a {@link Market}, each with its savings against
 * pay-as-you-go over the term, and the savings plan for compute of the same term beside it (its hourly rate for the
 * size, what that comes to over the term, and its own savings against pay-as-you-go). The hot path: written straight
 * to text with Jackson's generator, no intermediate tree.
 */
public final class ReservedInstanceView {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReservedInstanceView() {}

  public static String page(PriceIndex.Page page, Market market, int offset, String pageUri) {
    return page(page, market, offset, pageUri, null);
  }

  /**
   * With a {@link Pricer} (price lists in force for the caller), {@code unitPrice} is the caller's own cost and
   * {@code prices} adds its price to the next tier (and, for a provider naming the reseller, the customer's); in the
   * customer view {@code unitPrice} is the customer's price and nothing else is shown.
   */
  public static String page(PriceIndex.Page page, Market market, int offset, String pageUri, Pricer pricer) {
    StringWriter out = new StringWriter(256 + page.items().size() * 420);
    try (JsonGenerator g = Jsons.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("items");
      for (IndexedPrice price : page.items()) {
        write(g, price, market, pricer);
      }
      g.writeEndArray();
      g.writeNumberField("totalCount", page.total());
      g.writeObjectFieldStart("links");
      String next = nextUri(pageUri, offset, page.items().size(), page.total());
      if (next != null) {
        g.writeObjectFieldStart("next");
        g.writeStringField("uri", next);
        g.writeStringField("method", "GET");
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("attributes");
      g.writeStringField("objectType", "Collection");
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String nextUri(String pageUri, int offset, int returned, long total) {
    if (pageUri == null || offset + returned >= total || returned == 0) {
      return null;
    }
    return pageUri + (pageUri.contains("?") ? "&" : "?") + "continuationToken=" + ContinuationToken.encode(offset + returned);
  }

  private static void write(JsonGenerator g, IndexedPrice p, Market market, Pricer pricer) throws IOException {
    Term term = p.term();
    String catalogItemId = CatalogIds.catalogItem(p.productId(), p.skuId(), market.currency());
    // The search keeps to the market's currency, so the id priced is the one shown: hashed once, not three times.
    String pricedId = pricer == null ? null : p.currency().equals(market.currency()) ? catalogItemId : Pricer.catalogItemId(p);
    TierPrices tiers = pricer == null ? null : pricer.reservation(p, pricedId);
    BigDecimal unitPrice = tiers == null ? p.unitPrice() : pricer.customerView() ? pricer.customerPrice(tiers) : tiers.cost();
    BigDecimal hourly = p.paygHourly();
    g.writeStartObject();
    g.writeStringField("catalogItemId", catalogItemId);
    g.writeStringField("productId", p.productId());
    g.writeStringField("skuId", p.skuId());
    g.writeStringField("armSkuName", p.armSkuName());
    g.writeStringField("armRegionName", p.armRegionName());
    g.writeStringField("series", p.series());
    if (p.cores() != null) {
      g.writeNumberField("cores", p.cores());
    } else {
      g.writeNullField("cores");
    }
    g.writeStringField("term", term.name());
    g.writeStringField("currencyCode", market.currency());
    g.writeNumberField("unitPrice", Decimals.display(unitPrice));
    // Without a pay-as-you-go price in the sheet there is nothing to compare: both are null, not left out.
    BigDecimal payg = hourly == null ? null : Decimals.cents(hourly.multiply(BigDecimal.valueOf(term.hours())));
    if (payg != null) {
      g.writeNumberField("payAsYouGoPrice", payg);
    } else {
      g.writeNullField("payAsYouGoPrice");
    }
    if (tiers != null && !pricer.customerView()) {
      g.writeObjectFieldStart("prices");
      g.writeNumberField("cost", Decimals.display(tiers.cost()));
      g.writeNumberField("price", Decimals.display(tiers.price()));
      if (tiers.customerPrice() != null) {
        g.writeNumberField("customerPrice", Decimals.display(tiers.customerPrice()));
      }
      g.writeEndObject();
    }
    writeSavings(g, payg, unitPrice);
    writeSavingsPlan(g, p, term, payg, pricer, pricedId);
    g.writeBooleanField("isPurchasable", market.offerAvailable());
    g.writeBooleanField("softwareCostsIncluded", false);
    g.writeEndObject();
  }

  /** What {@code price} saves against {@code payg} for the same hours, in percent; null without a PAYG price to compare. */
  private static void writeSavings(JsonGenerator g, BigDecimal payg, BigDecimal price) throws IOException {
    if (payg != null && payg.signum() > 0) {
      g.writeNumberField("savingsPercent", payg.subtract(price).multiply(HUNDRED).divide(payg, 2, RoundingMode.HALF_UP));
    } else {
      g.writeNullField("savingsPercent");
    }
  }

  /** The savings plan beside the reservation; null (not left out) when the sheet has no savings-plan rate for the size. */
  private static void writeSavingsPlan(JsonGenerator g, IndexedPrice p, Term term, BigDecimal payg, Pricer pricer, String pricedId)
      throws IOException {
    BigDecimal hourly = p.savingsPlanHourly();
    if (hourly == null) {
      g.writeNullField("savingsPlan");
      return;
    }
    BigDecimal overTheTerm = Decimals.cents(hourly.multiply(BigDecimal.valueOf(term.hours())));
    if (pricer != null) {
      // A tier's price for the plan is its price over the term; the hourly rate follows from it.
      TierPrices tiers = pricer.savingsPlan(p, pricedId, overTheTerm);
      overTheTerm = pricer.customerView() ? pricer.customerPrice(tiers) : tiers.cost();
      hourly = overTheTerm.divide(BigDecimal.valueOf(term.hours()), 6, RoundingMode.HALF_EVEN);
    }
    g.writeObjectFieldStart("savingsPlan");
    g.writeNumberField("hourlyRate", Decimals.display(hourly));
    g.writeNumberField("price", overTheTerm);
    writeSavings(g, payg, overTheTerm);
    g.writeEndObject();
  }
}
