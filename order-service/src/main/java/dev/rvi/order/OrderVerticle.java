package dev.rvi.order;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.order.OrderAction;
import dev.rvi.domain.partner.PartnerOnboarding;
import dev.rvi.domain.partner.ResellerLink;
import dev.rvi.order.partner.Partners;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;

/** Answers the order service's event-bus actions. */
public final class OrderVerticle extends ServiceVerticle {
  private final Pool pool;
  private final Partners partners;

  public OrderVerticle(Pool pool, Clock clock) {
    super(Address.ORDER, "order");
    this.pool = pool;
    this.partners = new Partners(pool, clock);
  }

  @Override
  protected void registerActions() {
    on(OrderAction.ONBOARD_PARTNER.name(), r -> partners.onboard(r.body(PartnerOnboarding.class)));
    on(OrderAction.LIST_PARTNERS.name(), r -> partners.list());
    on(OrderAction.LINK_RESELLER.name(), r -> partners.link(r.body(ResellerLink.class)));
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
