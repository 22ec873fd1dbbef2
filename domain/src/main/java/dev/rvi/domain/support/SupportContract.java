package dev.rvi.domain.support;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;

/** The support service's actions. */
public final class SupportContract {
  private SupportContract() {}

  public static final BusAction<SupportRequestFiling, Document> FILE = of(SupportAction.FILE, SupportRequestFiling.class);
  public static final BusAction<SupportQuery, Document> LIST_FOR_CUSTOMER = of(SupportAction.LIST_FOR_CUSTOMER, SupportQuery.class);
  public static final BusAction<SupportQuery, Document> GET_FOR_PARTNER = of(SupportAction.GET_FOR_PARTNER, SupportQuery.class);
  /** The partner's requests across its customers (its admin agents'). */
  public static final BusAction<SupportQuery, Document> LIST_FOR_PARTNER = of(SupportAction.LIST_FOR_PARTNER, SupportQuery.class);
  /** A note the partner adds to its request, which the support agents and the partner see. */
  public static final BusAction<PartnerNote, Document> PARTNER_NOTE = of(SupportAction.PARTNER_NOTE, PartnerNote.class);
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
