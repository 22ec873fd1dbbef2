package dev.rvi.domain.order;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.directory.DirectoryChanges;
import dev.rvi.domain.notification.ReservationUtilizations;
import dev.rvi.domain.notification.UtilizationScope;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.reservation.MergeRequest;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.domain.reservation.ReservationArchive;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.reservation.ReservationUpdate;
import dev.rvi.domain.reservation.RoleAssignment;
import dev.rvi.domain.reservation.RoleAssignmentRef;
import dev.rvi.domain.reservation.SplitRequest;
import dev.rvi.domain.savingsplan.SavingsPlanFilter;
import dev.rvi.domain.savingsplan.SavingsPlanHoursQuery;
import dev.rvi.domain.savingsplan.SavingsPlanRef;
import dev.rvi.domain.savingsplan.SavingsPlanRefusal;
import dev.rvi.domain.savingsplan.SavingsPlanUpdate;
import dev.rvi.domain.savingsplan.SavingsPlanUtilizationQuery;
import dev.rvi.domain.savingsplan.TradeInRequest;
import dev.rvi.domain.support.SupportQuote;
import dev.rvi.domain.support.SupportQuoteRequest;
import dev.rvi.domain.support.SupportReservation;
import dev.rvi.domain.usage.ReservationHoursQuery;
import dev.rvi.domain.usage.UtilizationQuery;

/**
 * The order service's partner-facing actions: each with the record it takes; each answers the response
 * document the gateway writes. What the support and notification services ask it, and the directory's
 * changes for its copy, are declared here too: every action in the contract of the service that answers it.
 */
public final class OrderContract {
  private OrderContract() {}

  public static final BusAction<CartRequest, Document> CREATE_CART = of(OrderAction.CREATE_CART, CartRequest.class);
  public static final BusAction<CartRef, Document> GET_CART = of(OrderAction.GET_CART, CartRef.class);
  public static final BusAction<CartRequest, Document> UPDATE_CART = of(OrderAction.UPDATE_CART, CartRequest.class);
  public static final BusAction<CartRef, Document> CHECKOUT = of(OrderAction.CHECKOUT, CartRef.class);
  /** An order straight from line items, without a cart (Microsoft's create-an-order): a cart made and checked out at once. */
  public static final BusAction<CartRequest, Document> CREATE_ORDER = of(OrderAction.CREATE_ORDER, CartRequest.class);

  /** Azure's {@code PUT reservationOrders/{id}}: a direct order of one line, in that (new) reservation order. */
  public static final BusAction<ReservationOrderPurchase, Document> PURCHASE_RESERVATION_ORDER =
      of(OrderAction.PURCHASE_RESERVATION_ORDER, ReservationOrderPurchase.class);
  public static final BusAction<ListQuery, Document> LIST_ORDERS = of(OrderAction.LIST_ORDERS, ListQuery.class);
  public static final BusAction<OrderRef, Document> GET_ORDER = of(OrderAction.GET_ORDER, OrderRef.class);
  public static final BusAction<OrderRef, Document> GET_ORDER_PROVISIONING = of(OrderAction.GET_ORDER_PROVISIONING, OrderRef.class);
  public static final BusAction<ArtifactRef, Document> GET_ARTIFACT = of(OrderAction.GET_ARTIFACT, ArtifactRef.class);
  public static final BusAction<ListQuery, Document> LIST_ENTITLEMENTS = of(OrderAction.LIST_ENTITLEMENTS, ListQuery.class);
  public static final BusAction<ListQuery, Document> LIST_RESERVATIONS = of(OrderAction.LIST_RESERVATIONS, ListQuery.class);
  /** The partner's reservations across its customers, filtered. */
  public static final BusAction<ReservationFilter, Document> LIST_PARTNER_RESERVATIONS =
      of(OrderAction.LIST_PARTNER_RESERVATIONS, ReservationFilter.class);
  /** The partner's orders across its customers, filtered. */
  /** Azure's list of reservation orders: {@code {totalCount, items: [{reservationOrderId, customerId, reservations}]}}. */
  public static final BusAction<ReservationOrderFilter, Document> LIST_PARTNER_RESERVATION_ORDERS =
      of(OrderAction.LIST_PARTNER_RESERVATION_ORDERS, ReservationOrderFilter.class);
  public static final BusAction<OrderFilter, Document> LIST_PARTNER_ORDERS = of(OrderAction.LIST_PARTNER_ORDERS, OrderFilter.class);
  /** The customer a reservation order or a subscription belongs to, if it is the caller's partner's; 404 otherwise. */
  public static final BusAction<CustomerLookup, LocatedCustomer> CUSTOMER_OF =
      BusAction.of(Address.ORDER, OrderAction.CUSTOMER_OF.name(), CustomerLookup.class, LocatedCustomer.class);
  public static final BusAction<ReservationRef, Document> GET_RESERVATION = of(OrderAction.GET_RESERVATION, ReservationRef.class);

  public static final BusAction<ReservationUpdate, Document> CONFIGURE_RESERVATION = of(OrderAction.CONFIGURE_RESERVATION, ReservationUpdate.class);
  public static final BusAction<ReservationRef, Document> LIST_REVISIONS = of(OrderAction.LIST_REVISIONS, ReservationRef.class);
  public static final BusAction<ReservationRef, Document> LIST_ROLE_ASSIGNMENTS = of(OrderAction.LIST_ROLE_ASSIGNMENTS, ReservationRef.class);
  public static final BusAction<RoleAssignmentRef, Document> GET_ROLE_ASSIGNMENT = of(OrderAction.GET_ROLE_ASSIGNMENT, RoleAssignmentRef.class);
  public static final BusAction<RoleAssignment, Document> PUT_ROLE_ASSIGNMENT = of(OrderAction.PUT_ROLE_ASSIGNMENT, RoleAssignment.class);
  public static final BusAction<RoleAssignmentRef, Document> DELETE_ROLE_ASSIGNMENT =
      of(OrderAction.DELETE_ROLE_ASSIGNMENT, RoleAssignmentRef.class);
  public static final BusAction<SplitRequest, Document> SPLIT_RESERVATION = of(OrderAction.SPLIT_RESERVATION, SplitRequest.class);
  /** Azure's archive and unarchive of a reservation no longer in force. */
  public static final BusAction<ReservationArchive, Document> ARCHIVE_RESERVATION = of(OrderAction.ARCHIVE_RESERVATION, ReservationArchive.class);
  public static final BusAction<MergeRequest, Document> MERGE_RESERVATIONS = of(OrderAction.MERGE_RESERVATIONS, MergeRequest.class);
  public static final BusAction<RefundRequest, Document> CALCULATE_REFUND = of(OrderAction.CALCULATE_REFUND, RefundRequest.class);
  /** A customer's refund-limit ledger: the cap, what is counted in the window, what remains, when each part frees up. */
  public static final BusAction<CustomerRef, Document> GET_REFUND_LIMIT = of(OrderAction.GET_REFUND_LIMIT, CustomerRef.class);
  public static final BusAction<RefundRequest, Document> RETURN_RESERVATION = of(OrderAction.RETURN_RESERVATION, RefundRequest.class);
  public static final BusAction<ExchangeRequest, Document> CALCULATE_EXCHANGE = of(OrderAction.CALCULATE_EXCHANGE, ExchangeRequest.class);
  public static final BusAction<ExchangeRequest, Document> EXCHANGE = of(OrderAction.EXCHANGE, ExchangeRequest.class);
  /** An exchange quote read again by its session (the customer's, the caller's partner's). */
  public static final BusAction<ExchangeRequest, Document> GET_EXCHANGE_QUOTE = of(OrderAction.GET_EXCHANGE_QUOTE, ExchangeRequest.class);
  /** A carried-out exchange read again by its session; one not carried out is a 404 (reading never carries one out). */
  public static final BusAction<ExchangeRequest, Document> GET_EXCHANGE_RESULT = of(OrderAction.GET_EXCHANGE_RESULT, ExchangeRequest.class);
  public static final BusAction<NoBody, Document> RUN_RENEWALS = of(OrderAction.RUN_RENEWALS, NoBody.class);
  public static final BusAction<ListQuery, Document> LIST_SAVINGS_PLANS = of(OrderAction.LIST_SAVINGS_PLANS, ListQuery.class);
  /** Azure's lists of savings plans and their orders: the partner's across its customers, each with its customerId. */
  public static final BusAction<SavingsPlanFilter, Document> LIST_PARTNER_SAVINGS_PLANS =
      of(OrderAction.LIST_PARTNER_SAVINGS_PLANS, SavingsPlanFilter.class);
  public static final BusAction<SavingsPlanRef, Document> GET_SAVINGS_PLAN = of(OrderAction.GET_SAVINGS_PLAN, SavingsPlanRef.class);
  public static final BusAction<SavingsPlanUpdate, Document> UPDATE_SAVINGS_PLAN = of(OrderAction.UPDATE_SAVINGS_PLAN, SavingsPlanUpdate.class);
  public static final BusAction<SavingsPlanRefusal, Document> REFUSE_SAVINGS_PLAN_CHANGE =
      of(OrderAction.REFUSE_SAVINGS_PLAN_CHANGE, SavingsPlanRefusal.class);
  /** A trade-in's quote: the reservations' credit and the smallest hourly commitment it allows. */
  public static final BusAction<TradeInRequest, Document> CALCULATE_TRADE_IN = of(OrderAction.CALCULATE_TRADE_IN, TradeInRequest.class);
  public static final BusAction<TradeInRequest, Document> TRADE_IN = of(OrderAction.TRADE_IN, TradeInRequest.class);
  /** A trade-in's quote, and a carried-out trade-in, read again by session (Azure's polls); reading never carries one out. */
  public static final BusAction<TradeInRequest, Document> GET_TRADE_IN_QUOTE = of(OrderAction.GET_TRADE_IN_QUOTE, TradeInRequest.class);
  public static final BusAction<TradeInRequest, Document> GET_TRADE_IN_RESULT = of(OrderAction.GET_TRADE_IN_RESULT, TradeInRequest.class);
  /** A reservation's daily utilization: checked here, computed by the usage service with what this service tells it. */
  public static final BusAction<UtilizationQuery, Document> RESERVATION_UTILIZATION = of(OrderAction.RESERVATION_UTILIZATION, UtilizationQuery.class);
  /** A reservation's hourly utilization, checked and computed as its daily one. */
  public static final BusAction<ReservationHoursQuery, Document> RESERVATION_HOURS = of(OrderAction.RESERVATION_HOURS, ReservationHoursQuery.class);
  /** A savings plan's hourly utilization, checked and computed as its daily one. */
  public static final BusAction<SavingsPlanHoursQuery, Document> SAVINGS_PLAN_HOURS = of(OrderAction.SAVINGS_PLAN_HOURS, SavingsPlanHoursQuery.class);
  /** A savings plan's daily utilization: checked here, computed by the usage service with what this service tells it. */
  public static final BusAction<SavingsPlanUtilizationQuery, Document> SAVINGS_PLAN_UTILIZATION =
      of(OrderAction.SAVINGS_PLAN_UTILIZATION, SavingsPlanUtilizationQuery.class);

  /** The support service confirms a reservation belongs to the customer and the caller may act on it. */
  public static final BusAction<ReservationRef, SupportReservation> RESERVATION_FOR_SUPPORT =
      BusAction.of(Address.ORDER, OrderAction.RESERVATION_FOR_SUPPORT.name(), ReservationRef.class, SupportReservation.class);
  /** Quote and carry out in one step, once per external key (the support request id), for the partner that filed it. */
  public static final BusAction<RefundRequest, Document> REFUND_FOR_SUPPORT = of(OrderAction.REFUND_FOR_SUPPORT, RefundRequest.class);
  public static final BusAction<ExchangeRequest, Document> EXCHANGE_FOR_SUPPORT = of(OrderAction.EXCHANGE_FOR_SUPPORT, ExchangeRequest.class);
  public static final BusAction<TradeInRequest, Document> TRADE_IN_FOR_SUPPORT = of(OrderAction.TRADE_IN_FOR_SUPPORT, TradeInRequest.class);
  /** The current quote of an open request, for the agent deciding on it: the same calculation the partner's calculate answers. */
  public static final BusAction<SupportQuoteRequest, SupportQuote> QUOTE_FOR_SUPPORT =
      BusAction.of(Address.ORDER, OrderAction.QUOTE_FOR_SUPPORT.name(), SupportQuoteRequest.class, SupportQuote.class);
  /** For the notification service's alert rules (the platform only). */
  public static final BusAction<UtilizationScope, ReservationUtilizations> UTILIZATION_FOR_ALERTS =
      BusAction.of(Address.ORDER, OrderAction.UTILIZATION_FOR_ALERTS.name(), UtilizationScope.class, ReservationUtilizations.class);
  /** The directory's changes, for the order service's copy of it (the platform only). */
  public static final BusAction<DirectoryChanges, NoBody> APPLY_DIRECTORY =
      BusAction.of(Address.ORDER, OrderAction.APPLY_DIRECTORY.name(), DirectoryChanges.class, NoBody.class);

  private static <Q> BusAction<Q, Document> of(OrderAction action, Class<Q> request) {
    return BusAction.of(Address.ORDER, action.name(), request, Document.class);
  }
}
