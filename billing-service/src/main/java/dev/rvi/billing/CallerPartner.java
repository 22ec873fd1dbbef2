package dev.rvi.billing;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.partner.PartnerIdentity;
import io.vertx.core.Future;

/** Whose billing a caller reads: its partner, as the directory says; a tenant that is not an onboarded partner is refused (403). */
final class CallerPartner {
  private final BusClient bus;

  CallerPartner(BusClient bus) {
    this.bus = bus;
  }

  Future<PartnerIdentity> of(Caller caller, String requestId) {
    return bus.ask(DirectoryContract.PARTNER_CONTEXT, NoBody.INSTANCE, caller, requestId);
  }
}
