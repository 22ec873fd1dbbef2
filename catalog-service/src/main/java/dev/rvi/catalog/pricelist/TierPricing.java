package dev.rvi.catalog.pricelist;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rvi.catalog.price.Pricer;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.BusRequest;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.pricing.PriceBook;
import dev.rvi.domain.pricing.PricingScope;
import dev.rvi.domain.pricing.PricingTiers;
import dev.rvi.domain.pricing.Tier;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who the caller is in the chain of prices (the directory's {@code PRICING_TIERS}, kept half a minute per tenant and
 * scope) and the books of its tiers on a day: what prices an item for it.
 */
public final class TierPricing {
  private record Key(String tenantId, PricingScope scope) {}

  /** The books are the cached instances of {@link PriceBooks} (compared by identity): new books, a new pricer. */
  private record PricerKey(PricingTiers tiers, List<PriceBook> books, boolean customerView) {}

  private final BusClient bus;
  private final PriceBooks books;
  private final Clock clock;
  private final Cache<Key, PricingTiers> tiers =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(30)).build();
  private final Cache<PricerKey, Pricer> pricers = Caffeine.newBuilder().maximumSize(256).expireAfterWrite(Duration.ofSeconds(10)).build();

  public TierPricing(BusClient bus, PriceBooks books, Clock clock) {
    this.bus = bus;
    this.books = books;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** The caller's tiers; the directory refuses a tenant that is no onboarded partner (403) and another's ids (404). */
  public Future<PricingTiers> tiers(BusRequest r, PricingScope scope) {
    Key key = new Key(r.caller().tenantId(), scope);
    PricingTiers known = tiers.getIfPresent(key);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    return bus.ask(DirectoryContract.PRICING_TIERS, scope, r.caller(), r.requestId()).map(t -> {
      tiers.put(key, t);
      return t;
    });
  }

  /**
   * What prices the catalog for this caller, or null when it is not a partner's staff (the operator, support agents,
   * a tenant never onboarded): they see Microsoft's prices, as the price sheet has them.
   */
  public Future<Pricer> pricer(BusRequest r, PricingScope scope, String currency, boolean customerView) {
    boolean partner = r.caller().roles().stream().anyMatch(Role.PARTNER_STAFF::contains);
    if (!partner) {
      if (customerView || scope.resellerId() != null || scope.customerId() != null || scope.providerId() != null) {
        throw Errors.badRequest(PriceListChecks.SOURCE, "priceView, resellerId, customerId and providerId are for a partner's staff");
      }
      return Future.succeededFuture(null);
    }
    if (scope.equals(PricingScope.NONE) && !customerView) {
      return books.anyAssigned().compose(any -> any ? partnerPricer(r, scope, currency, false) : Future.succeededFuture(null));
    }
    return partnerPricer(r, scope, currency, customerView);
  }

  private Future<Pricer> partnerPricer(BusRequest r, PricingScope scope, String currency, boolean customerView) {
    return tiers(r, scope).recover(e -> e instanceof ApiException api && api.error().httpStatus() == 403 && scope.equals(PricingScope.NONE)
            ? Future.succeededFuture(null) : Future.failedFuture(e))
        .compose(t -> {
          if (t == null) {
            return Future.succeededFuture(null);
          }
          if (customerView && t.type() == PartnerType.indirectProvider && t.resellerId() == null) {
            throw Errors.badRequest(PriceListChecks.SOURCE, "priceView=customer: an indirect provider names the resellerId or customerId whose "
                + "customer price it asks for");
          }
          return books(t, currency, today()).map(b -> pricers.get(new PricerKey(t, b, customerView), k -> new Pricer(t, b, customerView)));
        });
  }

  /** The books of the tiers, in order; null where a tier has no list in force. */
  public Future<List<PriceBook>> books(PricingTiers t, String currency, LocalDate day) {
    return books(t.tiers(), currency, day);
  }

  /** The books of the given tiers on a day, in order; null where a tier has no list in force. */
  public Future<List<PriceBook>> books(List<Tier> tiers, String currency, LocalDate day) {
    List<Future<PriceBook>> each = new ArrayList<>();
    for (Tier tier : tiers) {
      each.add(books.inForce(tier, currency, day));
    }
    return Future.all(each).map(all -> {
      List<PriceBook> out = new ArrayList<>();
      each.forEach(f -> out.add(f.result()));
      return Collections.unmodifiableList(out);
    });
  }
}
