package dev.rvi.catalog.savingsplan;

import dev.rvi.catalog.market.Market;
import dev.rvi.catalog.price.PriceMapper;
import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.SavingsPlanRateQuery;
import dev.rvi.domain.catalog.SavingsPlanRates;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.Errors;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The savings plan for compute in each market. A term of the plan is sold in a market while the market's currency has
 * any savings-plan rate of that term in force (the price sheet decides, as it does for reservations); where it is sold,
 * it is purchasable as the market's reservations are. Its rates per size and region are read here too.
 */
public final class SavingsPlanCatalog {
  /** The most rates one question is answered with: a region asked alone holds about a thousand sizes. */
  public static final int MAX_RATES = 10_000;
  private static final String SOURCE = "catalog";
  private static final String[] TERMS = Arrays.stream(Term.values()).map(Term::name).toArray(String[]::new);

  private final Pool pool;

  public SavingsPlanCatalog(Pool pool) {
    this.pool = pool;
  }

  /** The plan's items sold in the market at that moment, one per term, shortest term first. */
  public Future<List<SavingsPlanItem>> sold(Market market, Instant at) {
    return pool.preparedQuery(CatalogSql.SAVINGS_PLAN_TERMS)
        .execute(Tuple.tuple().addString(market.currency()).addOffsetDateTime(at.atOffset(ZoneOffset.UTC)).addArrayOfString(TERMS))
        .map(rows -> {
          List<SavingsPlanItem> items = new ArrayList<>(TERMS.length);
          for (Row row : rows) {
            items.add(item(PriceMapper.term(row), market));
          }
          return items;
        });
  }

  /** The plan's item of one term, when that term is sold in the market at that moment. */
  public Future<Optional<SavingsPlanItem>> sold(Market market, Term term, Instant at) {
    return sold(market, at).map(items -> items.stream().filter(item -> item.term() == term).findFirst());
  }

  public static SavingsPlanItem item(Term term, Market market) {
    return new SavingsPlanItem(SavingsPlanProduct.catalogItemId(term), SavingsPlanProduct.PRODUCT_ID, SavingsPlanProduct.skuId(term),
        SavingsPlanProduct.availabilityId(term), term, market.currency(), SavingsPlanProduct.MINIMUM_HOURLY_COMMITMENT,
        SavingsPlanProduct.COMMITMENT_STEP, market.offerAvailable(), market.country());
  }

  /** The term of one of the plan's SKU ids; empty for any other id. */
  public static Optional<Term> termOfSku(String skuId) {
    return Arrays.stream(Term.values()).filter(term -> SavingsPlanProduct.skuId(term).equals(skuId)).findFirst();
  }

  public static boolean isProduct(String productId) {
    return SavingsPlanProduct.PRODUCT_ID.equalsIgnoreCase(productId);
  }

  /**
   * Per size sold pay-as-you-go in the regions (and of the sizes) asked, its PAYG hourly rate and the plan's for the
   * term, in the market's currency at that moment. Regions are checked by the caller; more than {@link #MAX_RATES}
   * rates are refused (400) rather than cut.
   */
  public Future<SavingsPlanRates> rates(Market market, SavingsPlanRateQuery q, Instant at) {
    String[] regions = q.armRegionNames().stream().map(r -> r.trim().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    String[] sizes = q.armSkuNames().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    Tuple args = Tuple.tuple().addString(market.currency()).addOffsetDateTime(at.atOffset(ZoneOffset.UTC)).addString(q.term().name())
        .addArrayOfString(regions).addArrayOfString(sizes).addInteger(MAX_RATES + 1);
    return pool.preparedQuery(CatalogSql.SAVINGS_PLAN_RATES).execute(args).map(rows -> {
      if (rows.size() > MAX_RATES) {
        throw Errors.badRequest(SOURCE, "more than " + MAX_RATES + " rates match; name fewer regions or sizes");
      }
      List<SavingsPlanRates.Rate> rates = new ArrayList<>(rows.size());
      for (Row row : rows) {
        rates.add(PriceMapper.savingsPlanRate(row));
      }
      return new SavingsPlanRates(market.currency(), q.term(), at, List.copyOf(rates));
    });
  }
}
