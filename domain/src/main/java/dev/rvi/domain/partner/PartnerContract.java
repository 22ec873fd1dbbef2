package dev.rvi.domain.partner;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.order.OrderAction;

/** The typed actions about partners that other services ask the order service. */
public final class PartnerContract {
  private PartnerContract() {}

  /** Who the caller's tenant is as a partner; a tenant that is not an onboarded partner is refused (403). */
  public static final BusAction<NoBody, PartnerIdentity> PARTNER_CONTEXT =
      BusAction.of(Address.ORDER, OrderAction.PARTNER_CONTEXT.name(), NoBody.class, PartnerIdentity.class);
}
