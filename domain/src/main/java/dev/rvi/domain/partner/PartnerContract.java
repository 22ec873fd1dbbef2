package dev.rvi.domain.partner;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.order.OrderAction;

/** The partner actions of the order service: the operator's onboarding and links, and who a caller is. */
public final class PartnerContract {
  private PartnerContract() {}

  public static final BusAction<PartnerOnboarding, Document> ONBOARD_PARTNER =
      BusAction.of(Address.ORDER, OrderAction.ONBOARD_PARTNER.name(), PartnerOnboarding.class, Document.class);
  public static final BusAction<NoBody, Document> LIST_PARTNERS =
      BusAction.of(Address.ORDER, OrderAction.LIST_PARTNERS.name(), NoBody.class, Document.class);
  public static final BusAction<ResellerLink, Document> LINK_RESELLER =
      BusAction.of(Address.ORDER, OrderAction.LINK_RESELLER.name(), ResellerLink.class, Document.class);

  /** Who the caller's tenant is as a partner; a tenant that is not an onboarded partner is refused (403). */
  public static final BusAction<NoBody, PartnerIdentity> PARTNER_CONTEXT =
      BusAction.of(Address.ORDER, OrderAction.PARTNER_CONTEXT.name(), NoBody.class, PartnerIdentity.class);
}
