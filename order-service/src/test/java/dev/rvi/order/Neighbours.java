package dev.rvi.order;

import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.billing.ChargesRecorded;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.notification.EventsRecorded;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.usage.ReservationChange;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsedSince;
import dev.rvi.domain.usage.UtilizationSummary;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The services the order service asks or tells, as small fakes answering their contracts: the catalog (the items a
 * test offers, at fixed prices, sold in the markets it names), usage (no utilization; "used so far" for the
 * reservations a test marks), billing and the notification service (which keep each charge and event once, as the real
 * ones do, for the test to read).
 */
final class Neighbours {
  /** An item the fake catalog sells, and the markets it sells it in. */
  private record Offer(CatalogItem item, Set<String> markets) {}

  private final Map<String, Offer> offers = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Map<Long, ChargeEvent> charges = new ConcurrentHashMap<>();
  private final Set<String> eventIds = ConcurrentHashMap.newKeySet();
  private final List<PartnerEvent> events = new CopyOnWriteArrayList<>();
  private final List<ReservationChange> reservations = new CopyOnWriteArrayList<>();

  /** The catalog offers an item: a reservation of {@code armSkuName} (series Dsv5) in East US for the term, at the price, in the markets. */
  void offer(String catalogItemId, String armSkuName, Term term, String unitPrice, String currency, String... markets) {
    offer(catalogItemId, armSkuName, "Dsv5", "eastus", term, unitPrice, currency, markets);
  }

  /** The same, of a series in a region of its own. */
  void offer(String catalogItemId, String armSkuName, String series, String region, Term term, String unitPrice, String currency,
             String... markets) {
    String[] parts = catalogItemId.split(":");
    offers.put(catalogItemId, new Offer(new CatalogItem(catalogItemId, parts[0], parts[1], armSkuName, region, region, series,
        BigDecimal.ONE, term, new BigDecimal(unitPrice), currency, true, null), Set.of(markets)));
  }

  /** Usage says the reservation's discount was used so far. */
  void markUsed(String reservationId) {
    used.add(reservationId);
  }

  /** What billing holds, in the order the order service's outbox wrote it. */
  List<ChargeEvent> charges() {
    return charges.values().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
  }

  /** What the notification service holds, in the order it was told. */
  List<PartnerEvent> events() {
    return List.copyOf(events);
  }

  List<ReservationChange> reservationChanges() {
    return List.copyOf(reservations);
  }

  /** The fakes, one verticle per address. */
  List<ServiceVerticle> verticles() {
    return List.of(new Fake(Address.CATALOG), new Fake(Address.USAGE), new Fake(Address.BILLING), new Fake(Address.NOTIFICATION));
  }

  private final class Fake extends ServiceVerticle {
    private final String at;

    Fake(String address) {
      super(address, "fake");
      this.at = address;
    }

    @Override
    protected void registerActions() {
      switch (at) {
        case Address.CATALOG -> on(CatalogContract.RESOLVE_CATALOG_ITEM, (r, q) -> {
          Offer offer = offers.get(q.catalogItemId());
          if (offer == null) {
            return Future.failedFuture(ApiError.of(404, ErrorCode.NOT_FOUND, "no such item", "catalog").exception());
          }
          CatalogItem i = offer.item();
          return Future.succeededFuture(new CatalogItem(i.catalogItemId(), i.productId(), i.skuId(), i.armSkuName(), i.armRegionName(),
              i.location(), i.series(), i.flexRatio(), i.term(), i.unitPrice(), i.currencyCode(), offer.markets().contains(q.country()),
              q.country()));
        });
        case Address.USAGE -> {
          onPlatform(UsageContract.APPLY_RESERVATIONS, (r, q) -> {
            reservations.addAll(q.changes());
            return Future.succeededFuture(NoBody.INSTANCE);
          });
          onPlatform(UsageContract.RESERVATION_OVERVIEW, (r, q) -> Future.succeededFuture(new UtilizationSummary(null, List.of())));
          onPlatform(UsageContract.USED_SINCE, (r, q) -> Future.succeededFuture(new UsedSince(used.contains(q.reservation().id()))));
        }
        case Address.BILLING -> onPlatform(BillingContract.RECORD_CHARGES, (r, q) -> {
          q.charges().forEach(c -> charges.putIfAbsent(c.id(), c));
          return Future.succeededFuture(new ChargesRecorded(q.charges().size()));
        });
        default -> onPlatform(NotificationContract.RECORD_EVENTS, (r, q) -> {
          q.events().stream().filter(e -> eventIds.add(e.id())).forEach(events::add);
          return Future.succeededFuture(new EventsRecorded(q.events().size()));
        });
      }
    }
  }
}
