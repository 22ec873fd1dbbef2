package dev.rvi.domain.order;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.reservation.MergeRequest;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.reservation.ReservationUpdate;
import dev.rvi.domain.reservation.RoleAssignment;
import dev.rvi.domain.reservation.RoleAssignmentRef;
import dev.rvi.domain.reservation.SplitRequest;

/**
 * The order service's partner-facing actions: each with the record it takes; each answers the response
 * document the gateway writes. The operator's partner actions and what other services ask it are declared
 * in their own contracts ({@code PartnerContract}, {@code SupportContract}, {@code UsageContract}).
 */
public final class OrderContract {
  private OrderContract() {}

  public static final BusAction<RelationshipQuery, Document> LIST_RELATIONSHIPS = of(OrderAction.LIST_RELATIONSHIPS, RelationshipQuery.class);

  public static final BusAction<CustomerCreate, Document> CREATE_CUSTOMER = of(OrderAction.CREATE_CUSTOMER, CustomerCreate.class);
  public static final BusAction<ListQuery, Document> LIST_CUSTOMERS = of(OrderAction.LIST_CUSTOMERS, ListQuery.class);
  public static final BusAction<CustomerRef, Document> GET_CUSTOMER = of(OrderAction.GET_CUSTOMER, CustomerRef.class);

  public static final BusAction<SubscriptionCreate, Document> CREATE_SUBSCRIPTION = of(OrderAction.CREATE_SUBSCRIPTION, SubscriptionCreate.class);
  public static final BusAction<CustomerRef, Document> LIST_SUBSCRIPTIONS = of(OrderAction.LIST_SUBSCRIPTIONS, CustomerRef.class);
  public static final BusAction<SubscriptionRef, Document> GET_SUBSCRIPTION = of(OrderAction.GET_SUBSCRIPTION, SubscriptionRef.class);
  public static final BusAction<SubscriptionUpdate, Document> UPDATE_SUBSCRIPTION = of(OrderAction.UPDATE_SUBSCRIPTION, SubscriptionUpdate.class);
  public static final BusAction<SubscriptionRef, Document> REGISTER_SUBSCRIPTION = of(OrderAction.REGISTER_SUBSCRIPTION, SubscriptionRef.class);
  public static final BusAction<SubscriptionRef, Document> GET_REGISTRATION_STATUS =
      of(OrderAction.GET_REGISTRATION_STATUS, SubscriptionRef.class);
  public static final BusAction<AgentAccessRef, Document> GET_AGENT_ACCESS = of(OrderAction.GET_AGENT_ACCESS, AgentAccessRef.class);
  public static final BusAction<AgentAccessRef, Document> GRANT_AGENT_ACCESS = of(OrderAction.GRANT_AGENT_ACCESS, AgentAccessRef.class);
  public static final BusAction<AgentAccessRef, Document> REVOKE_AGENT_ACCESS = of(OrderAction.REVOKE_AGENT_ACCESS, AgentAccessRef.class);

  public static final BusAction<CartRequest, Document> CREATE_CART = of(OrderAction.CREATE_CART, CartRequest.class);
  public static final BusAction<CartRef, Document> GET_CART = of(OrderAction.GET_CART, CartRef.class);
  public static final BusAction<CartRequest, Document> UPDATE_CART = of(OrderAction.UPDATE_CART, CartRequest.class);
  public static final BusAction<CartRef, Document> CHECKOUT = of(OrderAction.CHECKOUT, CartRef.class);
  /** An order straight from line items, without a cart (Microsoft's create-an-order): a cart made and checked out at once. */
  public static final BusAction<CartRequest, Document> CREATE_ORDER = of(OrderAction.CREATE_ORDER, CartRequest.class);

  public static final BusAction<ListQuery, Document> LIST_ORDERS = of(OrderAction.LIST_ORDERS, ListQuery.class);
  public static final BusAction<OrderRef, Document> GET_ORDER = of(OrderAction.GET_ORDER, OrderRef.class);
  public static final BusAction<OrderRef, Document> GET_ORDER_PROVISIONING = of(OrderAction.GET_ORDER_PROVISIONING, OrderRef.class);
  public static final BusAction<ArtifactRef, Document> GET_ARTIFACT = of(OrderAction.GET_ARTIFACT, ArtifactRef.class);
  public static final BusAction<ListQuery, Document> LIST_ENTITLEMENTS = of(OrderAction.LIST_ENTITLEMENTS, ListQuery.class);
  public static final BusAction<ListQuery, Document> LIST_RESERVATIONS = of(OrderAction.LIST_RESERVATIONS, ListQuery.class);
  public static final BusAction<ReservationRef, Document> GET_RESERVATION = of(OrderAction.GET_RESERVATION, ReservationRef.class);

  public static final BusAction<ReservationUpdate, Document> CONFIGURE_RESERVATION = of(OrderAction.CONFIGURE_RESERVATION, ReservationUpdate.class);
  public static final BusAction<ReservationRef, Document> LIST_REVISIONS = of(OrderAction.LIST_REVISIONS, ReservationRef.class);
  public static final BusAction<ReservationRef, Document> LIST_ROLE_ASSIGNMENTS = of(OrderAction.LIST_ROLE_ASSIGNMENTS, ReservationRef.class);
  public static final BusAction<RoleAssignmentRef, Document> GET_ROLE_ASSIGNMENT = of(OrderAction.GET_ROLE_ASSIGNMENT, RoleAssignmentRef.class);
  public static final BusAction<RoleAssignment, Document> PUT_ROLE_ASSIGNMENT = of(OrderAction.PUT_ROLE_ASSIGNMENT, RoleAssignment.class);
  public static final BusAction<RoleAssignmentRef, Document> DELETE_ROLE_ASSIGNMENT =
      of(OrderAction.DELETE_ROLE_ASSIGNMENT, RoleAssignmentRef.class);
  public static final BusAction<SplitRequest, Document> SPLIT_RESERVATION = of(OrderAction.SPLIT_RESERVATION, SplitRequest.class);
  public static final BusAction<MergeRequest, Document> MERGE_RESERVATIONS = of(OrderAction.MERGE_RESERVATIONS, MergeRequest.class);
  public static final BusAction<RefundRequest, Document> CALCULATE_REFUND = of(OrderAction.CALCULATE_REFUND, RefundRequest.class);
  /** A customer's refund-limit ledger: the cap, what is counted in the window, what remains, when each part frees up. */
  public static final BusAction<CustomerRef, Document> GET_REFUND_LIMIT = of(OrderAction.GET_REFUND_LIMIT, CustomerRef.class);
  public static final BusAction<RefundRequest, Document> RETURN_RESERVATION = of(OrderAction.RETURN_RESERVATION, RefundRequest.class);
  public static final BusAction<ExchangeRequest, Document> CALCULATE_EXCHANGE = of(OrderAction.CALCULATE_EXCHANGE, ExchangeRequest.class);
  public static final BusAction<ExchangeRequest, Document> EXCHANGE = of(OrderAction.EXCHANGE, ExchangeRequest.class);
  public static final BusAction<NoBody, Document> RUN_RENEWALS = of(OrderAction.RUN_RENEWALS, NoBody.class);

  private static <Q> BusAction<Q, Document> of(OrderAction action, Class<Q> request) {
    return BusAction.of(Address.ORDER, action.name(), request, Document.class);
  }
}
