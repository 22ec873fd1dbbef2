package dev.rvi.domain.bus;

import io.vertx.core.Vertx;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;

/**
 * What every part of one process trusts on the event bus: the key requests are signed with and the
 * operator's tenants. The launcher installs it once per Vert.x instance, before any verticle starts;
 * the gateway, every service and every bus client read it from there.
 */
public record BusTrust(BusSigner signer, OperatorTenants operators) implements Shareable {
  private static final String MAP = "rvi.bus.trust";
  private static final String KEY = "trust";

  /** For a platform in one JVM: a random key nothing outside the process knows. */
  public static BusTrust local(OperatorTenants operators) {
    return new BusTrust(BusSigner.random(), operators);
  }

  public void install(Vertx vertx) {
    vertx.sharedData().<String, BusTrust>getLocalMap(MAP).put(KEY, this);
  }

  /** The trust installed for this Vert.x; a process that installed none cannot use the bus. */
  public static BusTrust of(Vertx vertx) {
    LocalMap<String, BusTrust> map = vertx.sharedData().getLocalMap(MAP);
    BusTrust trust = map.get(KEY);
    if (trust == null) {
      throw new IllegalStateException("no BusTrust was installed for this Vert.x instance");
    }
    return trust;
  }
}
