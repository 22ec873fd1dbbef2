package dev.rvi.order;

import static dev.rvi.order.OrderBed.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.order.OrderRef;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.reservation.ExchangeRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who a purchase is credited to. A direct partner sells under its own name and names no reseller. An indirect provider
 * names an indirect reseller linked to it by MPN id ({@code transaction_reseller}, on the cart or on a line), or its
 * customer's associated reseller is inherited; its own MPN id (2072), an unknown one (800015), and one that is not its
 * indirect reseller (800016) are refused. The partner of record is written on the order and the reservation once.
 */
class PartnerOfRecordTest {
  private static final String DIRECT = "contoso-tenant";
  private static final String PROVIDER = "fabrikam-tenant";
  private static final String PROVIDER_MPN = "2222222";
  private static final String NORTHWIND = "northwind-tenant";
  private static final String NORTHWIND_MPN = "3333333";
  private static final String TAILSPIN = "tailspin-tenant";
  private static final String TAILSPIN_MPN = "4444444";
  private static final String ITEM = "F4SV2:0001:US";
  private static final Caller PROVIDER_ADMIN = OrderBed.admin(PROVIDER);
  private static OrderBed orders;

  @BeforeAll
  static void start() throws Exception {
    orders = OrderBed.start();
    orders.neighbours.offer(ITEM, "Standard_F4s_v2", Term.P1Y, "1200.00", "USD", "US");
    orders.partner(DIRECT, "1111111", PartnerType.direct);
    orders.partner(PROVIDER, PROVIDER_MPN, PartnerType.indirectProvider);
    orders.partner(NORTHWIND, NORTHWIND_MPN, PartnerType.indirectReseller);
    orders.partner(TAILSPIN, TAILSPIN_MPN, PartnerType.indirectReseller);
    orders.link(PROVIDER, NORTHWIND);
    orders.link(PROVIDER, TAILSPIN);
    orders.partner("other-provider", "8800001", PartnerType.indirectProvider);
    orders.partner("other-reseller", "8800002", PartnerType.indirectReseller);
    orders.link("other-provider", "other-reseller");
  }

  @AfterAll
  static void stop() throws Exception {
    orders.close();
  }

  private static JsonObject firstLine(JsonObject checkout) {
    return checkout.getJsonArray("orders").getJsonObject(0).getJsonArray("lineItems").getJsonObject(0);
  }

  private static int refusedCode(Caller caller, OrderBed.Buyer buyer, String resellerMpnId) throws Exception {
    return orders.refusal(OrderContract.CREATE_CART, new CartRequest(buyer.customerId(), null,
        List.of(line(0, ITEM, 1, "P1Y", buyer.subscriptionId())), resellerMpnId), caller).code();
  }

  @Test
  void aDirectPartnerSellsUnderItsOwnNameAndNamesNoReseller() throws Exception {
    Caller direct = OrderBed.admin(DIRECT);
    OrderBed.Buyer buyer = orders.buyer(DIRECT, "direct-buyer");
    JsonObject bought = orders.buy(direct, buyer, null, line(0, ITEM, 1, "P1Y", buyer.subscriptionId()));
    assertNull(firstLine(bought).getString("partnerIdOnRecord"));
    JsonObject reservation = orders.ask(OrderContract.LIST_RESERVATIONS, new ListQuery(buyer.customerId(), 10, 0, "/r", null), direct)
        .getJsonArray("items").getJsonObject(0);
    assertNull(reservation.getString("partnerIdOnRecord"));
    assertEquals(ErrorCode.BAD_REQUEST, refusedCode(direct, buyer, NORTHWIND_MPN));
  }

  @Test
  void anIndirectProviderNamesItsLinkedResellerWhoIsCreditedAndSeesIt() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PROVIDER, "served", "US", NORTHWIND);
    JsonObject bought = orders.buy(PROVIDER_ADMIN, buyer, NORTHWIND_MPN, line(0, ITEM, 1, "P1Y", buyer.subscriptionId()));
    JsonObject line = firstLine(bought);
    assertEquals(NORTHWIND_MPN, line.getString("partnerIdOnRecord"));
    String reservationOrderId = line.getString("reservationOrderId");
    List<ChargeEvent> charges = orders.charges(reservationOrderId, 1);
    assertEquals(NORTHWIND_MPN, charges.get(0).resellerMpnId(), "billing credits the reseller");
    String orderId = bought.getJsonArray("orders").getJsonObject(0).getString("id");
    PartnerEvent completed = orders.events(buyer.customerId(), EventTypes.ORDER_COMPLETED, 1).get(0);
    assertEquals(NORTHWIND, completed.resellerPartnerId(), "the reseller is told too");

    // The reseller of record sees the order; the provider's other reseller does not.
    OrderRef order = new OrderRef(buyer.customerId(), orderId);
    assertEquals(orderId, orders.ask(OrderContract.GET_ORDER, order, OrderBed.admin(NORTHWIND)).getString("id"));
    assertEquals(404, orders.refusal(OrderContract.GET_ORDER, order, OrderBed.admin(TAILSPIN)).httpStatus());
    // A reseller buys through its provider, not itself.
    assertEquals(403, orders.refusal(OrderContract.CREATE_CART, new CartRequest(buyer.customerId(), null,
        List.of(line(0, ITEM, 1, "P1Y", buyer.subscriptionId())), null), OrderBed.admin(NORTHWIND)).httpStatus());
  }

  @Test
  void withoutANameTheCustomersAssociatedResellerIsInherited() throws Exception {
    OrderBed.Buyer associated = orders.buyer(PROVIDER, "associated", "US", TAILSPIN);
    JsonObject bought = orders.buy(PROVIDER_ADMIN, associated, null, line(0, ITEM, 1, "P1Y", associated.subscriptionId()));
    assertEquals(TAILSPIN_MPN, firstLine(bought).getString("partnerIdOnRecord"));
    OrderBed.Buyer unassociated = orders.buyer(PROVIDER, "unassociated");
    assertEquals(ErrorCode.BAD_REQUEST, refusedCode(PROVIDER_ADMIN, unassociated, null), "no reseller named and none associated");
  }

  @Test
  void onlyTheProvidersOwnIndirectResellersMayBeNamed() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PROVIDER, "naming");
    assertEquals(ErrorCode.PROVIDER_OWN_MPN_ID, refusedCode(PROVIDER_ADMIN, buyer, PROVIDER_MPN));
    assertEquals(ErrorCode.MPN_ID_NOT_FOUND, refusedCode(PROVIDER_ADMIN, buyer, "9999999"));
    assertEquals(ErrorCode.NOT_AN_INDIRECT_RESELLER, refusedCode(PROVIDER_ADMIN, buyer, "1111111"), "a direct partner is no reseller");
    assertEquals(ErrorCode.NOT_AN_INDIRECT_RESELLER, refusedCode(PROVIDER_ADMIN, buyer, "8800002"), "another provider's reseller");
  }

  @Test
  void aLineNamingItsOwnResellerIsOrderedApart() throws Exception {
    OrderBed.Buyer buyer = orders.buyer(PROVIDER, "per-line");
    CartLineRequest own = new CartLineRequest(1, ITEM, 1, "one_time", "P1Y", buyer.subscriptionId(), "Shared", null, NORTHWIND_MPN, null);
    JsonObject bought = orders.buy(PROVIDER_ADMIN, buyer, TAILSPIN_MPN, line(0, ITEM, 1, "P1Y", buyer.subscriptionId()), own);
    JsonArray placed = bought.getJsonArray("orders");
    assertEquals(2, placed.size(), "an order per partner of record");
    Set<String> credited = placed.stream().map(o -> ((JsonObject) o).getJsonArray("lineItems").getJsonObject(0).getString("partnerIdOnRecord"))
        .collect(Collectors.toSet());
    assertEquals(Set.of(NORTHWIND_MPN, TAILSPIN_MPN), credited);
  }

  @Test
  void thePartnerOfRecordIsWrittenOnceAndKeptThroughAnExchange() throws Exception {
    orders.clock.set(OrderBed.START);
    OrderBed.Buyer buyer = orders.buyer(PROVIDER, "kept");
    JsonObject bought = orders.buy(PROVIDER_ADMIN, buyer, NORTHWIND_MPN, line(0, ITEM, 1, "P1Y", buyer.subscriptionId()));
    String reservationOrderId = firstLine(bought).getString("reservationOrderId");
    JsonObject reservation = orders.ask(OrderContract.LIST_RESERVATIONS, new ListQuery(buyer.customerId(), 10, 0, "/r", reservationOrderId),
        PROVIDER_ADMIN).getJsonArray("items").getJsonObject(0);
    // The link ends: the purchase keeps its reseller, and new carts may no longer name it.
    orders.unlink(PROVIDER, NORTHWIND);
    try {
      assertEquals(NORTHWIND_MPN, orders.reservationNow(PROVIDER_ADMIN, buyer, reservation).getString("partnerIdOnRecord"));
      assertEquals(ErrorCode.NOT_AN_INDIRECT_RESELLER, refusedCode(PROVIDER_ADMIN, buyer, NORTHWIND_MPN));
      // What an exchange buys takes over the partner of record of what it returns.
      orders.clock.moveBy(Duration.ofDays(30));
      JsonObject quote = orders.ask(OrderContract.CALCULATE_EXCHANGE, new ExchangeRequest(buyer.customerId(),
          List.of(new ExchangeRequest.Return(reservation.getString("id"), 1)),
          List.of(new ExchangeRequest.Purchase(ITEM, 1, "P1Y", buyer.subscriptionId(), "Shared", null, null, null)), null, null),
          PROVIDER_ADMIN);
      JsonObject done = orders.ask(OrderContract.EXCHANGE, new ExchangeRequest(buyer.customerId(), null, null, quote.getString("sessionId"),
          null), PROVIDER_ADMIN);
      JsonObject newLine = done.getJsonObject("order").getJsonArray("lineItems").getJsonObject(0);
      assertEquals(NORTHWIND_MPN, newLine.getString("partnerIdOnRecord"));
      assertTrue(orders.charges(newLine.getString("reservationOrderId"), 1).stream().allMatch(c -> NORTHWIND_MPN.equals(c.resellerMpnId())));
    } finally {
      orders.link(PROVIDER, NORTHWIND);
    }
  }
}
