package dev.rvi.order.history;

import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.order.ArtifactRef;
import dev.rvi.domain.order.OrderFilter;
import dev.rvi.domain.order.OrderRef;
import dev.rvi.domain.order.ReservationFilter;
import dev.rvi.domain.order.ReservationOrderFilter;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.paging.SortOrder;
import dev.rvi.domain.reservation.ExchangeEligibility;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.usage.InForceQuery;
import dev.rvi.domain.usage.ReservationsInForce;
import dev.rvi.order.access.AgentAccess;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.commitment.ReservationMapper;
import dev.rvi.order.customer.Customer;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The read side: order history, entitlements and the reservations' overview and properties. */
public final class OrderHistory {
  private static final String SOURCE = "order";

  private final Pool pool;
  private final Clock clock;
  private final ExchangeEligibility exchangeEligibility;
  private Function<Reservation, Future<JsonObject>> utilization = r -> Future.succeededFuture(null);
  private BiFunction<Reservation, String, Future<CatalogItem>> renewalPrice = (r, country) -> Future.succeededFuture(null);
  private Function<List<String>, Future<Map<String, JsonObject>>> planEntitlements = ids -> Future.succeededFuture(Map.of());

  public OrderHistory(Pool pool, Clock clock, ExchangeEligibility exchangeEligibility) {
    this.pool = pool;
    this.clock = clock;
    this.exchangeEligibility = exchangeEligibility;
  }

  /** How the overview gets its utilization trend and aggregates (the usage module computes them). */
  public void showUtilization(Function<Reservation, Future<JsonObject>> utilization) {
    this.utilization = utilization;
  }

  /** For the usage service: a customer's reservations in force in a window, as the benefit engine sees them. */
  public Future<ReservationsInForce> inForce(InForceQuery q) {
    Tuple window = Tuple.of(q.customerId(), q.region(), q.from().atOffset(ZoneOffset.UTC), q.to().atOffset(ZoneOffset.UTC));
    return pool.preparedQuery(OrderSql.RESERVATIONS_IN_FORCE).execute(window).map(rows -> {
      List<ReservationSpec> specs = new ArrayList<>();
      for (Row r : rows) {
        specs.add(ReservationMapper.of(r).spec());
      }
      return new ReservationsInForce(specs);
    });
  }

  public Future<JsonObject> orders(Caller caller, ListQuery ids) {
    int offset = ids.offset() == null ? 0 : ids.offset();
    return PartnerContext.of(pool, caller).compose(partner -> Customers.visible(pool, partner, ids.customerId())
        .compose(c -> pool.preparedQuery(OrderSql.ORDER_LIST).execute(Tuple.of(ids.customerId(), partner.id(), ids.size(), offset,
            AgentAccess.limitedTo(partner, caller)))))
        .compose(rows -> {
          List<PurchaseOrder> orders = new ArrayList<>();
          rows.forEach(r -> orders.add(PurchaseOrderMapper.of(r)));
          long total = orders.isEmpty() ? 0 : orders.get(0).total();
          return withLines(orders, caller.tenantId()).map(views -> CollectionPage.of(views, total, offset, ids.pageUri()));
        });
  }

  /** The partner's orders across its customers; a customer or reseller that is not the partner's is a 404. */
  public Future<JsonObject> partnerOrders(Caller caller, OrderFilter f) {
    int offset = f.offset() == null ? 0 : f.offset();
    return PartnerContext.of(pool, caller).compose(partner -> checkFilters(partner, f.customerId(), f.resellerId())
        .compose(v -> pool.preparedQuery(OrderSql.PARTNER_ORDERS).execute(Tuple.from(new Object[] {f.customerId(), partner.id(), f.resellerId(),
            f.status(), AgentAccess.limitedTo(partner, caller), f.size(), offset}))))
        .compose(rows -> {
          List<PurchaseOrder> orders = new ArrayList<>();
          rows.forEach(r -> orders.add(PurchaseOrderMapper.of(r)));
          long total = orders.isEmpty() ? 0 : orders.get(0).total();
          return withLines(orders, caller.tenantId()).map(views -> CollectionPage.of(views, total, offset, f.pageUri()));
        });
  }

  /** The partner's reservations across its customers; a customer or reseller that is not the partner's is a 404. */
  public Future<JsonObject> partnerReservations(Caller caller, ReservationFilter f) {
    int offset = f.offset() == null ? 0 : f.offset();
    Instant now = clock.instant();
    SortOrder sort = SortOrder.checked(f.sort(), ListSorts.RESERVATIONS, SOURCE);
    return PartnerContext.of(pool, caller).compose(partner -> checkFilters(partner, f.customerId(), f.resellerId())
        .compose(v -> pool.preparedQuery(OrderSql.partnerReservations(sort)).execute(Tuple.from(new Object[] {partner.id(), f.customerId(),
            f.resellerId(), f.state(), at(f.expiresAfter()), at(f.expiresBefore()), f.size(), offset, AgentAccess.limitedTo(partner, caller),
            at(now), at(now.plus(OrderViews.EXPIRING_WINDOW)), ListSorts.contains(f.q()), f.archived()}))))
        .map(rows -> {
          JsonArray items = new JsonArray();
          long total = 0;
          for (Row row : rows) {
            total = ReservationMapper.pageTotal(row);
            items.add(ReservationView.ofPartner(ReservationMapper.of(row), now, exchangeEligibility));
          }
          return CollectionPage.of(items, total, offset, f.pageUri());
        });
  }

  /** The partner's reservation orders, each with its reservations as the partner's list shows them. */
  public Future<JsonObject> partnerReservationOrders(Caller caller, ReservationOrderFilter f) {
    int offset = f.offset() == null ? 0 : f.offset();
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> pool.preparedQuery(OrderSql.PARTNER_RESERVATION_ORDERS)
            .execute(Tuple.of(partner.id(), AgentAccess.limitedTo(partner, caller), f.size(), offset)))
        .map(rows -> {
          Map<String, JsonObject> orders = new LinkedHashMap<>();
          long total = 0;
          for (Row row : rows) {
            total = ReservationMapper.pageTotal(row);
            Reservation r = ReservationMapper.of(row);
            orders.computeIfAbsent(r.reservationOrderId(), id -> new JsonObject().put("reservationOrderId", id)
                    .put("customerId", r.customerId()).put("reservations", new JsonArray()))
                .getJsonArray("reservations").add(ReservationView.ofPartner(r, now, exchangeEligibility));
          }
          return CollectionPage.of(new JsonArray(new ArrayList<>(orders.values())), total, offset, null);
        });
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** A filter's customer must be the partner's, and its reseller one of the partner's resellers (or the partner itself). */
  private Future<Void> checkFilters(PartnerContext partner, String customerId, String resellerId) {
    Future<Void> customer = customerId == null ? Future.succeededFuture() : Customers.visible(pool, partner, customerId).mapEmpty();
    if (resellerId == null || resellerId.equals(partner.id())) {
      return customer;
    }
    return customer.compose(v -> pool.preparedQuery(OrderSql.IS_LINKED).execute(Tuple.of(partner.id(), resellerId)).map(rows -> {
      if (rows.size() == 0) {
        throw Errors.notFound(SOURCE, "reseller " + resellerId + " not found");
      }
      return null;
    }));
  }

  public Future<JsonObject> order(Caller caller, OrderRef ids) {
    return visibleOrder(caller, ids).compose(order -> withLines(List.of(order), caller.tenantId())
        .map(views -> (JsonObject) views.getValue(0)));
  }

  private Future<PurchaseOrder> visibleOrder(Caller caller, OrderRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> Customers.visible(pool, partner, ids.customerId())
        .compose(c -> pool.preparedQuery(OrderSql.ORDER_GET).execute(Tuple.of(ids.customerId(), partner.id(), ids.orderId(),
            AgentAccess.limitedTo(partner, caller)))))
        .compose(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound(SOURCE, "order " + ids.orderId() + " not found");
          }
          PurchaseOrder order = PurchaseOrderMapper.of(rows.iterator().next());
          if (!order.agentMaySee()) {
            throw ApiError.of(403, ErrorCode.FORBIDDEN, "user " + caller.userId() + " has no explicit access to a subscription of order "
                + ids.orderId() + "; an admin agent grants it with PUT .../agentAccess/{userId}", SOURCE).exception();
          }
          return Future.succeededFuture(order);
        });
  }

  private Future<Map<String, List<OrderLine>>> linesOf(List<PurchaseOrder> orders) {
    String[] ids = orders.stream().map(PurchaseOrder::id).toArray(String[]::new);
    return pool.preparedQuery(OrderSql.ORDER_LINES).execute(Tuple.of(ids)).map(rows -> {
      Map<String, List<OrderLine>> byOrder = new HashMap<>();
      rows.forEach(r -> {
        OrderLine line = OrderLineMapper.of(r);
        byOrder.computeIfAbsent(line.orderId(), k -> new ArrayList<>()).add(line);
      });
      return byOrder;
    });
  }

  private Future<Map<String, List<LineTier>>> tiersOf(List<PurchaseOrder> orders) {
    String[] ids = orders.stream().map(PurchaseOrder::id).toArray(String[]::new);
    return pool.preparedQuery(OrderSql.ORDER_LINE_TIERS).execute(Tuple.of(ids)).map(rows -> {
      Map<String, List<LineTier>> byLine = new HashMap<>();
      rows.forEach(r -> {
        LineTier tier = LineTierMapper.of(r);
        byLine.computeIfAbsent(tier.orderId() + "#" + tier.lineNumber(), k -> new ArrayList<>()).add(tier);
      });
      return byLine;
    });
  }

  /** The orders with their lines, each line's prices as the viewer's tier sees them. */
  private Future<JsonArray> withLines(List<PurchaseOrder> orders, String viewerId) {
    Future<Map<String, List<OrderLine>>> lines = linesOf(orders);
    Future<Map<String, List<LineTier>>> tiers = tiersOf(orders);
    return Future.all(lines, tiers).map(both -> {
      Map<String, List<OrderLine>> byOrder = lines.result();
      JsonArray out = new JsonArray();
      for (PurchaseOrder o : orders) {
        JsonArray lineViews = new JsonArray();
        BigDecimal total = BigDecimal.ZERO;
        for (OrderLine l : byOrder.getOrDefault(o.id(), List.of())) {
          List<LineTier> lineTiers = tiers.result().getOrDefault(o.id() + "#" + l.lineNumber(), List.of());
          BigDecimal unit = TierView.unitPrice(l.unitPrice(), lineTiers, viewerId);
          JsonObject line = TierView.of(OrderViews.line(l.lineNumber(), l.catalogItemId(), l.productId(), l.skuId(), l.country(), l.term(),
              l.friendlyName(), l.quantity(), o.partnerIdOnRecord(), l.unitPrice(), l.currency(), l.reservationOrderId(), o.customerId()),
              l.unitPrice(), lineTiers, viewerId, l.quantity());
          lineViews.add(l.hourlyCommitment() == null ? line : OrderViews.benefit(line, l.hourlyCommitment(), l.currency()));
          total = total.add(Decimals.cents(unit.multiply(BigDecimal.valueOf(l.quantity()))));
        }
        out.add(OrderViews.order(o.id(), o.alternateId(), o.customerId(), o.currency(), o.status(), o.createdAt(), lineViews, total));
      }
      return out;
    });
  }

  public Future<JsonObject> reservations(Caller caller, ListQuery ids) {
    int offset = ids.offset() == null ? 0 : ids.offset();
    return visibleReservations(caller, ids, offset).map(rows -> reservationList(rows, ids, offset));
  }

  /** A page of the reservations the caller may see, checked against its partner and customer. */
  private Future<RowSet<Row>> visibleReservations(Caller caller, ListQuery ids, int offset) {
    if (caller.has(Role.ADMIN_AGENT) || caller.has(Role.BILLING_ADMIN)) {
      // Callers who see all of their partner's reservations: the partner, the customer and the page are asked at
      // once (the partner's id is the caller's tenant); the page counts only when the other two checks pass.
      Future<PartnerContext> partner = PartnerContext.of(pool, caller);
      Future<Customer> customer = Customers.visible(pool, caller.tenantId(), ids.customerId());
      Future<RowSet<Row>> page = reservationPage(caller.tenantId(), ids, offset, null);
      return Future.all(partner, customer, page).transform(all -> {
        for (Future<?> check : List.of(partner, customer, page)) {
          if (check.failed()) {
            return Future.failedFuture(check.cause());
          }
        }
        return Future.succeededFuture(page.result());
      });
    }
    return PartnerContext.of(pool, caller).compose(partner -> Customers.visible(pool, partner, ids.customerId())
        .compose(c -> agentScope(partner, caller, ids.customerId()))
        .compose(allowed -> reservationPage(partner.id(), ids, offset, allowed)));
  }

  private Future<RowSet<Row>> reservationPage(String partnerId, ListQuery ids, int offset, Set<String> allowed) {
    SortOrder sort;
    try {
      sort = SortOrder.checked(ids.sort(), ListSorts.RESERVATIONS, SOURCE);
    } catch (ApiException e) {
      return Future.failedFuture(e);
    }
    Instant now = clock.instant();
    return pool.preparedQuery(OrderSql.reservationList(sort)).execute(Tuple.from(new Object[] {ids.customerId(), partnerId, ids.size(), offset,
        ids.filter(), allowed == null ? null : allowed.toArray(String[]::new), ListSorts.contains(ids.q()), at(now),
        at(now.plus(OrderViews.EXPIRING_WINDOW))}));
  }

  private JsonObject reservationList(RowSet<Row> rows, ListQuery ids, int offset) {
    JsonArray items = new JsonArray();
    Instant now = clock.instant();
    long total = 0;
    for (Row row : rows) {
      Reservation r = ReservationMapper.of(row);
      total = ReservationMapper.pageTotal(row);
      items.add(ReservationView.of(r, now, exchangeEligibility));
    }
    return CollectionPage.of(items, total, offset, ids.pageUri());
  }

  /** The caller's reservations of one reservation order with these ids, in the order given (a split's parts). */
  public Future<JsonObject> reservationsNamed(Caller caller, String customerId, String reservationOrderId, List<String> ids) {
    return visibleReservations(caller, new ListQuery(customerId, 1000, 0, null, reservationOrderId), 0).map(rows -> {
      Map<String, JsonObject> byId = new HashMap<>();
      Instant now = clock.instant();
      rows.forEach(row -> {
        Reservation r = ReservationMapper.of(row);
        byId.put(r.id(), ReservationView.of(r, now, exchangeEligibility));
      });
      JsonArray items = new JsonArray();
      ids.stream().map(byId::get).filter(Objects::nonNull).forEach(items::add);
      return CollectionPage.of(items);
    });
  }

  /**
   * The reservations a sales or helpdesk agent may see (a role on it, or explicit access to its
   * subscription); null when the caller sees all of the partner's (admin agents, billing admins, resellers).
   */
  private Future<Set<String>> agentScope(PartnerContext partner, Caller caller, String customerId) {
    if (!AgentAccess.limited(partner, caller)) {
      return Future.succeededFuture(null);
    }
    return pool.preparedQuery(OrderSql.AGENT_MAY_SEE).execute(Tuple.of(customerId, partner.id(), caller.userId())).map(rows -> {
      Set<String> ids = new HashSet<>();
      rows.forEach(r -> ids.add(r.getString(0)));
      return ids;
    });
  }

  public Future<JsonObject> reservation(Caller caller, ReservationRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> Customers.visible(pool, partner, ids.customerId())
        .compose(customer -> ReservationAccess.require(pool, partner, caller, ids.customerId(),
                ids.reservationOrderId(), ids.reservationId(), ReservationAccess.Need.READ)
            .compose(c -> pool.preparedQuery(OrderSql.RESERVATION_GET)
                .execute(Tuple.of(ids.customerId(), partner.id(), ids.reservationOrderId(), ids.reservationId())))
            .compose(rows -> {
              if (rows.size() == 0) {
                throw Errors.notFound(SOURCE, "reservation " + ids.reservationId() + " not found");
              }
              Reservation reservation = ReservationMapper.of(rows.iterator().next());
              Instant now = clock.instant();
              JsonObject overview = ReservationView.of(reservation, now, exchangeEligibility);
              return utilization.apply(reservation).map(u -> u == null ? overview : overview.put("utilization", u))
                  .compose(view -> withRenewal(view, reservation, customer.country(), now));
            })));
  }

  /**
   * From 30 days before expiry, Azure shows what a renewal would buy and at what price: the same size, region,
   * term and quantity at the price in effect at the expiry. A catalog that does not answer leaves it out.
   */
  private Future<JsonObject> withRenewal(JsonObject view, Reservation row, String country, Instant now) {
    Instant expires = row.expiresAt();
    if (row.quantity() == 0 || row.renewals().renewedTo() != null || now.isBefore(expires.minus(OrderViews.EXPIRING_WINDOW))
        || !now.isBefore(expires)) {
      return Future.succeededFuture(view);
    }
    return renewalPrice.apply(row, country).transform(priced -> {
      CatalogItem item = priced.succeeded() ? priced.result() : null;
      if (item == null) {
        return Future.succeededFuture(view);
      }
      BigDecimal total = Decimals.cents(item.unitPrice().multiply(BigDecimal.valueOf(row.quantity())));
      JsonObject money = new JsonObject().put("currencyCode", item.currencyCode()).put("amount", total);
      return Future.succeededFuture(view.put("renewProperties", new JsonObject()
          .put("purchaseProperties", new JsonObject().put("sku", new JsonObject().put("name", row.armSkuName()))
              .put("location", row.armRegionName()).put("term", row.term())
              .put("quantity", row.quantity()).put("billingPlan", "Upfront").put("catalogItemId", item.catalogItemId())
              .put("appliedScopeType", row.appliedScopeType()))
          .put("pricingCurrencyTotal", money).put("billingCurrencyTotal", money.copy())));
    });
  }

  /** How the overview learns the price a renewal would pay (the catalog answers it). */
  public void showRenewalPrice(BiFunction<Reservation, String, Future<CatalogItem>> renewalPrice) {
    this.renewalPrice = renewalPrice;
  }

  /**
   * A customer's entitlements, reservations and savings plans in the order they were bought; {@code entitlementType}
   * {@code reservedInstance} or {@code savingsPlan} (any case) keeps one kind.
   */
  public Future<JsonObject> entitlements(Caller caller, ListQuery ids) {
    String kind = entitlementKind(ids.filter());
    int offset = ids.offset() == null ? 0 : ids.offset();
    return PartnerContext.of(pool, caller).compose(partner -> Customers.visible(pool, partner, ids.customerId())
        .compose(c -> agentScope(partner, caller, ids.customerId()))
        .compose(allowed -> pool.preparedQuery(OrderSql.ENTITLEMENT_PAGE)
            .execute(Tuple.of(ids.customerId(), partner.id(), ids.size(), offset, allowed == null ? null : allowed.toArray(String[]::new),
                kind, AgentAccess.limitedTo(partner, caller))))
        .compose(rows -> {
          List<EntitlementKey> keys = new ArrayList<>();
          rows.forEach(r -> keys.add(EntitlementKeyMapper.of(r)));
          List<String> reservationIds = keys.stream().filter(k -> k.kind().equals("reservedinstance")).map(EntitlementKey::id).toList();
          List<String> planIds = keys.stream().filter(k -> k.kind().equals("savingsplan")).map(EntitlementKey::id).toList();
          Future<RowSet<Row>> reservations = reservationIds.isEmpty() ? Future.succeededFuture(null)
              : pool.preparedQuery(OrderSql.RESERVATION_LIST).execute(Tuple.of(ids.customerId(), partner.id(), reservationIds.size(), 0, null,
                  reservationIds.toArray(String[]::new)));
          Future<Map<String, JsonObject>> plans = planIds.isEmpty() ? Future.succeededFuture(Map.of()) : planEntitlements.apply(planIds);
          return reservations.compose(found -> plans.map(planViews -> {
            Map<String, JsonObject> byKey = new HashMap<>();
            planViews.forEach((id, view) -> byKey.put("savingsplan/" + id, view));
            if (found != null) {
              found.forEach(row -> {
                Reservation r = ReservationMapper.of(row);
                byKey.put("reservedinstance/" + r.id(), entitlement(r));
              });
            }
            JsonArray items = new JsonArray();
            keys.stream().map(k -> byKey.get(k.kind() + "/" + k.id())).filter(Objects::nonNull).forEach(items::add);
            return CollectionPage.of(items, keys.isEmpty() ? 0 : keys.get(0).total(), offset, ids.pageUri());
          }));
        }));
  }

  /** The entitlement type asked for, as the page query names it; null for every type. */
  private static String entitlementKind(String filter) {
    if (filter == null) {
      return null;
    }
    if (filter.equalsIgnoreCase("reservedInstance")) {
      return "reservedinstance";
    }
    if (filter.equalsIgnoreCase("savingsPlan")) {
      return "savingsplan";
    }
    throw Errors.badRequest(SOURCE, "entitlementType must be reservedInstance or savingsPlan");
  }

  /** How savings plans' entitlements are written (the savings-plan module owns them), by plan id. */
  public void showSavingsPlanEntitlements(Function<List<String>, Future<Map<String, JsonObject>>> planEntitlements) {
    this.planEntitlements = planEntitlements;
  }

  /**
   * An entitlement as Partner Center and its SDK read one: {@code entitlementType} and each artifact's {@code artifactType}
   * {@code reservedinstance}, the order line it came from, and a link to the artifact's details. {@code type} and
   * {@code reservations} stay for clients of earlier versions.
   */
  private static JsonObject entitlement(Reservation r) {
    String artifact = "/v1/customers/" + r.customerId() + "/orders/" + r.orderId() + "/lineItems/"
        + r.lineNumber() + "/reservedInstanceArtifact/" + r.reservationOrderId();
    return new JsonObject()
        .put("includedEntitlements", new JsonArray())
        .put("referenceOrder", new JsonObject().put("id", r.orderId()).put("lineItemId", String.valueOf(r.lineNumber()))
            .put("alternateId", r.orderNumber()))
        .put("productId", r.productId())
        .put("skuId", r.skuId())
        .put("quantity", r.quantity())
        .put("entitlementType", "reservedinstance")
        .put("fulfillmentState", "Fulfilled")
        .put("expiryDate", r.expiresAt().toString())
        .put("entitledArtifacts", new JsonArray().add(new JsonObject()
            .put("artifactType", "reservedinstance")
            .put("type", "ReservationOrder")
            .put("resourceId", r.reservationOrderId())
            .put("dynamicAttributes", new JsonObject().put("reservationType", "virtualmachines"))
            .put("link", new JsonObject().put("method", "GET").put("uri", artifact).put("headers", new JsonArray()))
            .put("reservations", new JsonArray().add(r.id()))))
        .put("attributes", new JsonObject().put("objectType", "Entitlement"));
  }

  /** What an entitlement's artifact link answers: the reservations of the reservation order bought on that order line. */
  public Future<JsonObject> artifact(Caller caller, ArtifactRef ids) {
    ListQuery query = new ListQuery(ids.customerId(), 1000, 0, null, ids.reservationOrderId());
    return visibleReservations(caller, query, 0).map(rows -> {
      JsonArray reservations = new JsonArray();
      for (Row row : rows) {
        Reservation r = ReservationMapper.of(row);
        if (!ids.orderId().equals(r.orderId()) || r.lineNumber() == null || ids.lineItemNumber() != r.lineNumber()) {
          continue;
        }
        reservations.add(ReservationView.artifact(r));
      }
      if (reservations.isEmpty()) {
        throw Errors.notFound(SOURCE, "no reserved-instance artifact " + ids.reservationOrderId() + " on line " + ids.lineItemNumber()
            + " of order " + ids.orderId());
      }
      return new JsonObject().put("type", "reservedinstance").put("reservations", reservations)
          .put("attributes", new JsonObject().put("objectType", "ReservedInstanceArtifactDetails"));
    });
  }

  /** Partner Center's provisioning status of an order: reservations are in force the moment they are bought. */
  public Future<JsonObject> provisioningStatus(Caller caller, OrderRef ids) {
    return visibleOrder(caller, ids).compose(order -> linesOf(List.of(order))).map(byOrder -> {
      JsonArray items = new JsonArray();
      for (OrderLine line : byOrder.getOrDefault(ids.orderId(), List.of())) {
        items.add(new JsonObject().put("lineItemNumber", line.lineNumber()).put("status", "Fulfilled")
            .put("quantityProvisioningInformation", new JsonArray().add(new JsonObject().put("quantity", line.quantity())
                .put("status", "Fulfilled")))
            .put("resourceId", line.reservationOrderId())
            .put("attributes", new JsonObject().put("objectType", "OrderLineItemProvisioningStatus")));
      }
      return CollectionPage.of(items);
    });
  }
}
