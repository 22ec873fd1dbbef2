package dev.rvi.catalog.search;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvi.catalog.market.Market;
import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.paging.ContinuationToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The flat reserved-instance list: a page of {@link IndexedPrice}s in a {@link Market}, each with its savings against
 * pay-as-you-go over the term. The hot path: written straight to text with Jackson's generator, no intermediate tree.
 */
public final class ReservedInstanceView {
  private ReservedInstanceView() {}

  public static String page(PriceIndex.Page page, Market market, int offset, String pageUri) {
    StringWriter out = new StringWriter(256 + page.items().size() * 420);
    try (JsonGenerator g = Jsons.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("items");
      for (IndexedPrice price : page.items()) {
        write(g, price, market);
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

  private static void write(JsonGenerator g, IndexedPrice p, Market market) throws IOException {
    Term term = p.term();
    BigDecimal unitPrice = p.unitPrice();
    BigDecimal hourly = p.paygHourly();
    g.writeStartObject();
    g.writeStringField("catalogItemId", CatalogIds.catalogItem(p.productId(), p.skuId(), market.currency()));
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
    if (payg != null && payg.signum() > 0) {
      g.writeNumberField("savingsPercent", payg.subtract(unitPrice).multiply(BigDecimal.valueOf(100)).divide(payg, 2, RoundingMode.HALF_UP));
    } else {
      g.writeNullField("savingsPercent");
    }
    g.writeBooleanField("isPurchasable", market.offerAvailable());
    g.writeBooleanField("softwareCostsIncluded", false);
    g.writeEndObject();
  }
}
