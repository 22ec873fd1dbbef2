package dev.rvi.domain.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.error.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A service acts only on requests signed with the platform's key, and only for roles the caller's
 * tenant can hold: on a real event bus, a forger without the key, a tampered request and a partner
 * tenant claiming an operator role all get nothing done.
 */
class BusTrustTest {
  private static final String ADDRESS = "rvi.test.trust";
  private final Vertx vertx = Vertx.vertx();
  private final AtomicInteger carriedOut = new AtomicInteger();

  @BeforeEach
  void deploy() throws Exception {
    BusTrust.local(new OperatorTenants(Set.of("operator"))).install(vertx);
    vertx.deployVerticle(new ServiceVerticle(ADDRESS, "test") {
      @Override
      protected void registerActions() {
        on("ADMIN", Set.of(Role.OPERATOR), request -> {
          carriedOut.incrementAndGet();
          return Future.succeededFuture("{\"by\":\"" + request.caller().tenantId() + "\"}");
        });
        on("ROLES", request -> Future.succeededFuture("{\"roles\":\"" + String.join(",", request.caller().roles()) + "\"}"));
      }
    }).await(30, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  private int refusedWith(DeliveryOptions options, Object body) {
    ExecutionException refused = assertThrows(ExecutionException.class, () ->
        vertx.eventBus().request(ADDRESS, body, options).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
    return ((ReplyException) refused.getCause()).failureCode();
  }

  private static DeliveryOptions claimingOperator() {
    DeliveryOptions options = new DeliveryOptions().addHeader(Headers.ACTION, "ADMIN").addHeader(Headers.REQUEST_ID, "r")
        .addHeader(Headers.DEADLINE, Long.toString(System.currentTimeMillis() + 10_000));
    new Caller("operator", "mallory", Set.of(Role.OPERATOR)).writeTo(options.getHeaders());
    return options;
  }

  @Test
  void unsignedForgedAndTamperedRequestsDoNothing() throws Exception {
    assertEquals(401, refusedWith(claimingOperator(), "{}"), "unsigned");

    DeliveryOptions forged = claimingOperator();
    BusSigner.random().sign(ADDRESS, forged.getHeaders(), "{}");
    assertEquals(401, refusedWith(forged, "{}"), "signed with another key");

    DeliveryOptions tampered = new DeliveryOptions().addHeader(Headers.ACTION, "ADMIN").addHeader(Headers.REQUEST_ID, "r")
        .addHeader(Headers.DEADLINE, Long.toString(System.currentTimeMillis() + 10_000));
    new Caller("contoso", "eve", Set.of(Role.ADMIN_AGENT)).writeTo(tampered.getHeaders());
    BusTrust.of(vertx).signer().sign(ADDRESS, tampered.getHeaders(), "{}");
    tampered.getHeaders().set(Headers.TENANT, "operator").set(Headers.ROLES, Role.OPERATOR);
    assertEquals(401, refusedWith(tampered, "{}"), "caller changed after signing");

    DeliveryOptions body = claimingOperator();
    BusTrust.of(vertx).signer().sign(ADDRESS, body.getHeaders(), "{}");
    assertEquals(401, refusedWith(body, "{\"other\":1}"), "body changed after signing");

    DeliveryOptions farAhead = claimingOperator();
    farAhead.getHeaders().set(Headers.DEADLINE, Long.toString(System.currentTimeMillis() + 2 * BusSigner.MAX_DEADLINE_AHEAD_MS));
    BusTrust.of(vertx).signer().sign(ADDRESS, farAhead.getHeaders(), "{}");
    assertEquals(401, refusedWith(farAhead, "{}"), "a deadline no part of the platform would set");

    assertEquals(0, carriedOut.get(), "nothing was carried out");
    String done = new BusClient(vertx, 10_000).request(ADDRESS, "ADMIN", "{}", new Caller("operator", "olga", Set.of(Role.OPERATOR)), "r")
        .await(30, TimeUnit.SECONDS);
    assertEquals("{\"by\":\"operator\"}", done);
    assertEquals(1, carriedOut.get());
  }

  @Test
  void rolesCountOnlyInTheirKindOfTenant() throws Exception {
    BusClient bus = new BusClient(vertx, 10_000);
    ExecutionException partnerAsOperator = assertThrows(ExecutionException.class, () -> bus.request(ADDRESS, "ADMIN", "{}",
        new Caller("contoso", "eve", Set.of(Role.OPERATOR, Role.SUPPORT_AGENT)), "r").toCompletionStage().toCompletableFuture()
        .get(30, TimeUnit.SECONDS));
    assertEquals(403, ((ApiException) partnerAsOperator.getCause()).error().httpStatus());
    assertEquals(0, carriedOut.get());

    String partnerRoles = bus.request(ADDRESS, "ROLES", "{}", new Caller("contoso", "eve", Set.of(Role.ADMIN_AGENT, Role.OPERATOR)), "r")
        .await(30, TimeUnit.SECONDS);
    assertEquals("{\"roles\":\"AdminAgent\"}", partnerRoles, "a partner tenant keeps only partner roles");
    String operatorRoles = bus.request(ADDRESS, "ROLES", "{}", new Caller("operator", "olga", Set.of(Role.ADMIN_AGENT, Role.SUPPORT_AGENT)),
        "r", 10_000, Map.of()).await(30, TimeUnit.SECONDS);
    assertEquals("{\"roles\":\"SupportAgent\"}", operatorRoles, "the operator's tenant keeps only operator roles");
    assertTrue(Caller.SYSTEM.isSystem());
  }
}
