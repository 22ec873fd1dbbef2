package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.CustomerLookup;
import dev.rvi.domain.order.LocatedCustomer;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.order.ReservationFilter;
import dev.rvi.domain.order.ReservationOrderFilter;
import dev.rvi.domain.reservation.ReservationArchive;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.gateway.arm.ArmLinks;
import dev.rvi.gateway.arm.ArmListQuery;
import dev.rvi.gateway.arm.ArmOperationId;
import dev.rvi.gateway.arm.ArmPage;
import dev.rvi.gateway.arm.ArmRefundView;
import dev.rvi.gateway.arm.ArmReservationOrderView;
import dev.rvi.gateway.arm.ArmReservationView;
import dev.rvi.gateway.arm.ArmRevisions;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.Guard;
import dev.rvi.gateway.http.PathIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft.Capacity's reservation orders and reservations on Azure Resource Manager's paths: the same operations as
 * the {@code /v1} routes, reached through them. ARM's paths name no customer: the reservation order's is found among
 * the caller's partner's ({@code CUSTOMER_OF}, a 404 for another partner's), then the {@code /v1} route runs for it
 * and its answer is written in ARM's shapes. Changes answer 202 with a {@code Location} to read the result from, as
 * Azure's long-running operations do; the change is done by then, so the first poll finds it.
 */
public final class ArmReservationRoutes {
  private static final int ORDER_PAGE = 50;
  private final ServiceCall service;
  private final ArmCustomers customers;
  private final ReservationRoutes reservations;

  public ArmReservationRoutes(BusClient bus) {
    this.service = new ServiceCall(bus);
    this.customers = new ArmCustomers(service);
    this.reservations = new ReservationRoutes(bus);
  }

  /** Finds the order's customer and gives it to the {@code /v1} route as its path would. */
  private Future<String> customerOf(RoutingContext ctx, Caller caller) {
    return customers.forRoute(ctx, caller, CustomerLookup.ofReservationOrder(id(ctx, "reservationOrderId"))).map(LocatedCustomer::customerId);
  }

  private static JsonArray items(String page) {
    return new JsonObject(page).getJsonArray("items", new JsonArray());
  }

  private static List<JsonObject> objects(JsonArray array) {
    List<JsonObject> out = new ArrayList<>();
    array.forEach(item -> out.add((JsonObject) item));
    return out;
  }

  private static JsonArray armReservations(JsonArray v1) {
    JsonArray out = new JsonArray();
    v1.forEach(item -> out.add(ArmReservationView.of((JsonObject) item)));
    return out;
  }

  /** The reservations of the caller's order, all of them (a split's and a merge's included). */
  private Future<List<JsonObject>> orderReservations(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(customerId -> service.ask(ctx, caller, OrderContract.LIST_RESERVATIONS,
            new ListQuery(customerId, 1000, 0, null, id(ctx, "reservationOrderId"))))
        .map(page -> {
          List<JsonObject> found = objects(items(page));
          if (found.isEmpty()) {
            throw Errors.notFound("gateway", "reservation order " + id(ctx, "reservationOrderId") + " not found");
          }
          return found;
        });
  }

  /** {@code GET /providers/Microsoft.Capacity/reservations}: the partner's reservations across its customers. */
  public Future<String> listAll(RoutingContext ctx, Caller caller) {
    ArmListQuery q = ArmListQuery.of(ctx);
    return service.ask(ctx, caller, OrderContract.LIST_PARTNER_RESERVATIONS, new ReservationFilter(null, null, q.state(), null, null,
            q.take(), q.skip(), null, q.sort(), null, q.archived()))
        .compose(page -> {
          JsonObject v1 = new JsonObject(page);
          JsonArray value = armReservations(v1.getJsonArray("items", new JsonArray()));
          long total = v1.getLong("totalCount", 0L);
          int next = q.skip() + value.size();
          JsonObject answer = ArmPage.of(value, !value.isEmpty() && next < total ? ArmLinks.next(ctx.request(), next) : null);
          return "true".equalsIgnoreCase(ctx.request().getParam("refreshSummary"))
              ? summary(ctx, caller, q).map(summary -> answer.put("summary", summary).encode()) : Future.succeededFuture(answer.encode());
        });
  }

  /** ARM's {@code summary}: how many of the partner's reservations are in each state (the states this product has). */
  private Future<JsonObject> summary(RoutingContext ctx, Caller caller, ArmListQuery q) {
    List<String> states = List.of("Succeeded", "Expiring", "Expired", "Cancelled");
    List<Future<Long>> counts = new ArrayList<>();
    for (String state : states) {
      counts.add(service.ask(ctx, caller, OrderContract.LIST_PARTNER_RESERVATIONS, new ReservationFilter(null, null, state, null, null, 1, 0,
          null, null, null, q.archived())).map(page -> new JsonObject(page).getLong("totalCount", 0L)));
    }
    return Future.all(counts).map(all -> new JsonObject().put("succeededCount", counts.get(0).result().doubleValue())
        .put("expiringCount", counts.get(1).result().doubleValue()).put("expiredCount", counts.get(2).result().doubleValue())
        .put("cancelledCount", counts.get(3).result().doubleValue()).put("failedCount", 0.0).put("pendingCount", 0.0)
        .put("processingCount", 0.0).put("warningCount", 0.0).put("noBenefitCount", 0.0));
  }

  /** {@code GET /providers/Microsoft.Capacity/reservationOrders}: the partner's orders, oldest first. */
  public Future<String> listOrders(RoutingContext ctx, Caller caller) {
    ArmListQuery q = ArmListQuery.of(ctx);
    int size = Math.min(q.take(), ORDER_PAGE);
    return service.ask(ctx, caller, OrderContract.LIST_PARTNER_RESERVATION_ORDERS, new ReservationOrderFilter(size, q.skip()))
        .map(page -> {
          JsonObject v1 = new JsonObject(page);
          JsonArray value = new JsonArray();
          for (Object item : v1.getJsonArray("items", new JsonArray())) {
            JsonObject order = (JsonObject) item;
            value.add(ArmReservationOrderView.of(order.getString("reservationOrderId"), objects(order.getJsonArray("reservations")), false));
          }
          int next = q.skip() + value.size();
          return ArmPage.of(value, !value.isEmpty() && next < v1.getLong("totalCount", 0L) ? ArmLinks.next(ctx.request(), next) : null)
              .encode();
        });
  }

  public Future<String> getOrder(RoutingContext ctx, Caller caller) {
    boolean schedule = expand(ctx, "schedule");
    return orderReservations(ctx, caller).map(found -> ArmReservationOrderView.of(id(ctx, "reservationOrderId"), found, schedule).encode());
  }

  /** {@code $expand}: a comma-separated list, in any case; only the names the operation knows are taken. */
  private static boolean expand(RoutingContext ctx, String name) {
    String expand = ctx.request().getParam("$expand");
    if (expand == null) {
      return false;
    }
    for (String part : expand.split(",")) {
      if (part.trim().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  public Future<String> listInOrder(RoutingContext ctx, Caller caller) {
    return orderReservations(ctx, caller).map(found -> ArmPage.of(armReservations(new JsonArray(found)), null).encode());
  }

  public Future<String> get(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(customerId -> service.ask(ctx, caller, OrderContract.GET_RESERVATION,
            new ReservationRef(customerId, id(ctx, "reservationOrderId"), id(ctx, "reservationId"))))
        .map(v1 -> ArmReservationView.of(new JsonObject(v1)).encode());
  }

  /** {@code PATCH}: Azure's {@code Patch} body; 202, its Location the reservation itself. */
  public Future<String> update(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(c -> reservations.configure(ctx, caller)).map(v1 -> {
      JsonObject reservation = ArmReservationView.of(new JsonObject(v1));
      accepted(ctx, reservation.getString("id"));
      return reservation.encode();
    });
  }

  /** The reservation as it was after each change, newest first, the purchase last. */
  public Future<String> revisions(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(customerId -> {
      ReservationRef ref = new ReservationRef(customerId, id(ctx, "reservationOrderId"), id(ctx, "reservationId"));
      return service.ask(ctx, caller, OrderContract.GET_RESERVATION, ref)
          .compose(current -> service.ask(ctx, caller, OrderContract.LIST_REVISIONS, ref)
              .map(revisions -> ArmPage.of(ArmRevisions.of(new JsonObject(current), objects(items(revisions))), null).encode()));
    });
  }

  /** {@code split}: 202, its Location the new reservations; once per {@code x-ms-client-request-id}. */
  public Future<String> split(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(c -> service.ask(ctx, caller, OrderContract.SPLIT_RESERVATION, ReservationRoutes.splitRequest(ctx),
        ArmOnce.perClientRequest(ctx))).map(v1 -> listResult(ctx, items(v1)));
  }

  /** {@code merge}: 202, its Location the merged reservation (a list of one, as Azure answers); once per client request id. */
  public Future<String> merge(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(c -> service.ask(ctx, caller, OrderContract.MERGE_RESERVATIONS, ReservationRoutes.mergeRequest(ctx),
        ArmOnce.perClientRequest(ctx))).map(v1 -> listResult(ctx, new JsonArray().add(new JsonObject(v1))));
  }


  private static String listResult(RoutingContext ctx, JsonArray v1) {
    JsonArray value = armReservations(v1);
    List<String> ids = new ArrayList<>();
    v1.forEach(r -> ids.add(((JsonObject) r).getString("id")));
    ArmOperationId.of(ids).ifPresentOrElse(
        operation -> accepted(ctx, ArmReservationOrderView.id(id(ctx, "reservationOrderId")) + "/operationResults/" + operation),
        () -> ctx.put(Guard.STATUS_KEY, 200));
    return value.encode();
  }

  /** A split's or a merge's result, read again: each reservation it names, checked like any read of it. */
  public Future<String> operationResult(RoutingContext ctx, Caller caller) {
    List<String> ids = ArmOperationId.reservations(ctx.pathParam("operationId"));
    if (ids.isEmpty()) {
      return Future.failedFuture(Errors.notFound("gateway", "operation " + ctx.pathParam("operationId") + " not found"));
    }
    return customerOf(ctx, caller).compose(customerId -> {
      List<Future<String>> reads = new ArrayList<>();
      ids.forEach(r -> reads.add(service.ask(ctx, caller, OrderContract.GET_RESERVATION,
          new ReservationRef(customerId, id(ctx, "reservationOrderId"), r))));
      return Future.all(reads).map(all -> {
        JsonArray value = new JsonArray();
        reads.forEach(read -> value.add(ArmReservationView.of(new JsonObject(read.result()))));
        return value.encode();
      });
    });
  }

  /**
   * {@code availableScopes}: which of the scopes asked ({@code /subscriptions/{id}}) the reservation could be scoped to:
   * subscriptions of its own customer. Answered at once (200), which Azure's poller takes as done.
   */
  public Future<String> availableScopes(RoutingContext ctx, Caller caller) {
    JsonArray scopes = Bodies.array(ReservationRoutes.unwrapped(Bodies.object(ctx)), "scopes");
    if (scopes == null || scopes.isEmpty() || scopes.size() > 100) {
      throw Errors.badRequest("gateway", "properties.scopes is required: one to 100 scopes such as /subscriptions/{id}");
    }
    return customerOf(ctx, caller).compose(customerId -> service.ask(ctx, caller, OrderContract.GET_RESERVATION,
            new ReservationRef(customerId, id(ctx, "reservationOrderId"), id(ctx, "reservationId")))
        .compose(reservation -> {
          List<Future<JsonObject>> verdicts = new ArrayList<>();
          for (Object scope : scopes) {
            verdicts.add(scope(ctx, caller, customerId, scope));
          }
          return Future.all(verdicts).map(all -> {
            JsonArray out = new JsonArray();
            verdicts.forEach(v -> out.add(v.result()));
            return new JsonObject().put("properties", new JsonObject().put("scopes", out)).encode();
          });
        }));
  }

  private Future<JsonObject> scope(RoutingContext ctx, Caller caller, String customerId, Object scope) {
    String text = scope instanceof String s ? s.trim() : null;
    String subscription = text == null ? null : text.replaceFirst("(?i)^/subscriptions/", "");
    if (text == null || subscription.equals(text) || !PathIds.ID.matcher(subscription).matches()) {
      return Future.succeededFuture(new JsonObject().put("scope", text).put("valid", false));
    }
    return customers.ofSubscription(ctx, caller, subscription).map(owner -> new JsonObject().put("scope", text)
        .put("valid", customerId.equals(owner)));
  }

  /** {@code archive}: a reservation no longer in force is hidden from the lists that ask for unarchived ones. */
  public Future<String> archive(RoutingContext ctx, Caller caller) {
    return archived(ctx, caller, true);
  }

  /** {@code unarchive}: shown again. */
  public Future<String> unarchive(RoutingContext ctx, Caller caller) {
    return archived(ctx, caller, false);
  }

  private Future<String> archived(RoutingContext ctx, Caller caller, boolean archived) {
    return customerOf(ctx, caller).compose(customerId -> service.ask(ctx, caller, OrderContract.ARCHIVE_RESERVATION,
        new ReservationArchive(customerId, id(ctx, "reservationOrderId"), id(ctx, "reservationId"), archived))).map(v1 -> "{}");
  }

  /** {@code calculateRefund}: the quote, its {@code properties.sessionId} for {@code return}. */
  public Future<String> calculateRefund(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(c -> reservations.calculateRefund(ctx, caller))
        .map(v1 -> ArmRefundView.of(id(ctx, "reservationOrderId"), new JsonObject(v1)).encode());
  }

  /** {@code return}: 202, its Location the reservation order as the refund left it. */
  public Future<String> returnReservation(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(c -> reservations.returnReservation(ctx, caller)).compose(refund -> orderReservations(ctx, caller))
        .map(found -> {
          JsonObject order = ArmReservationOrderView.of(id(ctx, "reservationOrderId"), found, false);
          accepted(ctx, order.getString("id"));
          return order.encode();
        });
  }

  /** A finished long-running operation: 202, where to read its result, and when. */
  private static void accepted(RoutingContext ctx, String resultPath) {
    ctx.response().putHeader("Location", ArmLinks.at(ctx.request(), resultPath)).putHeader("Retry-After", "1");
  }
}
