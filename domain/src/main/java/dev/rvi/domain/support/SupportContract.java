package dev.rvi.domain.support;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.order.CustomerAccess;
import dev.rvi.domain.order.CustomerRef;
import dev.rvi.domain.order.OrderAction;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.domain.reservation.ReservationRef;

/** The support service's actions, and what it asks the order service. */
public final class SupportContract {
  private SupportContract() {}

  /** The reservation belongs to the customer and the caller may act on its subscription. */
  public static final BusAction<ReservationRef, SupportReservation> RESERVATION_FOR_SUPPORT =
      BusAction.of(Address.ORDER, OrderAction.RESERVATION_FOR_SUPPORT.name(), ReservationRef.class, SupportReservation.class);
  /** Which of a customer's subscriptions the caller may see: a 404 for another partner's customer. */
  public static final BusAction<CustomerRef, CustomerAccess> CUSTOMER_FOR_SUPPORT =
      BusAction.of(Address.ORDER, OrderAction.CUSTOMER_FOR_SUPPORT.name(), CustomerRef.class, CustomerAccess.class);
  /** An approved refund, carried out once per support request (its id is the key), for the partner that filed it. */
  public static final BusAction<RefundRequest, Document> REFUND_FOR_SUPPORT =
      BusAction.of(Address.ORDER, OrderAction.REFUND_FOR_SUPPORT.name(), RefundRequest.class, Document.class);
  /** An approved exchange, carried out once per support request. */
  public static final BusAction<ExchangeRequest, Document> EXCHANGE_FOR_SUPPORT =
      BusAction.of(Address.ORDER, OrderAction.EXCHANGE_FOR_SUPPORT.name(), ExchangeRequest.class, Document.class);

  public static final BusAction<SupportRequestFiling, Document> FILE = of(SupportAction.FILE, SupportRequestFiling.class);
  public static final BusAction<SupportQuery, Document> LIST_FOR_CUSTOMER = of(SupportAction.LIST_FOR_CUSTOMER, SupportQuery.class);
  public static final BusAction<SupportQuery, Document> GET_FOR_PARTNER = of(SupportAction.GET_FOR_PARTNER, SupportQuery.class);
  public static final BusAction<SupportQuery, Document> QUEUE = of(SupportAction.QUEUE, SupportQuery.class);
  public static final BusAction<SupportQuery, Document> GET_FOR_AGENT = of(SupportAction.GET_FOR_AGENT, SupportQuery.class);
  public static final BusAction<SupportAgentAction, Document> ASSIGN = of(SupportAction.ASSIGN, SupportAgentAction.class);
  public static final BusAction<SupportAgentAction, Document> NOTE = of(SupportAction.NOTE, SupportAgentAction.class);
  public static final BusAction<SupportAgentAction, Document> APPROVE = of(SupportAction.APPROVE, SupportAgentAction.class);
  public static final BusAction<SupportAgentAction, Document> REJECT = of(SupportAction.REJECT, SupportAgentAction.class);
  public static final BusAction<SupportAgentAction, Document> CLOSE = of(SupportAction.CLOSE, SupportAgentAction.class);

  private static <Q> BusAction<Q, Document> of(SupportAction action, Class<Q> request) {
    return BusAction.of(Address.SUPPORT, action.name(), request, Document.class);
  }
}
