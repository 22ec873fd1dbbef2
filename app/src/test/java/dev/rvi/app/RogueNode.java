package dev.rvi.app;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusSigner;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.directory.DirectoryAction;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An attacker's JVM for {@link ClusterTest}: it joins the Hazelcast membership (open-source Hazelcast
 * does not authenticate members) and asks the order service to onboard a partner, claiming to be the
 * operator. Arguments: member port, event-bus port, members, cluster name, partner id to onboard, and
 * optionally a certificate, key and CA for the event bus. It prints one line: what it got. With the partner id
 * {@code decoy:<seconds>} it instead registers consumers at the order and catalog services' addresses, as if it
 * served them, prints {@code DECOY READY}, and after that many seconds prints {@code DECOY RECEIVED <n>}: how many
 * requests were routed to it.
 */
public final class RogueNode {
  private RogueNode() {}

  public static void main(String[] args) throws Exception {
    int memberPort = Integer.parseInt(args[0]);
    int busPort = Integer.parseInt(args[1]);
    ClusterSettings membership = new ClusterSettings("127.0.0.1", memberPort, busPort, Arrays.asList(args[2].split(",")), args[3], null);
    EventBusOptions bus = new EventBusOptions().setHost("127.0.0.1").setPort(busPort).setClusterPublicHost("127.0.0.1");
    if (args.length > 5) {
      bus.setSsl(true).setKeyCertOptions(new PemKeyCertOptions().setCertPath(args[5]).setKeyPath(args[6]))
          .setTrustOptions(new PemTrustOptions().addCertPath(args[7])).setClientAuth(ClientAuth.REQUIRED);
    }
    Vertx vertx = Vertx.builder().with(new VertxOptions().setEventBusOptions(bus)).withClusterManager(membership.clusterManager())
        .buildClustered().await(2, TimeUnit.MINUTES);
    if (args[4].startsWith("decoy:")) {
      AtomicInteger received = new AtomicInteger();
      for (String address : List.of(Address.ORDER, Address.CATALOG)) {
        vertx.eventBus().consumer(address, message -> {
          received.incrementAndGet();
          message.fail(500, "decoy");
        }).completion().await(30, TimeUnit.SECONDS);
      }
      System.out.println("DECOY READY");
      Thread.sleep(Long.parseLong(args[4].substring("decoy:".length())) * 1000);
      System.out.println("DECOY RECEIVED " + received.get());
      vertx.close().await(1, TimeUnit.MINUTES);
      System.exit(0);
    }
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(5_000).addHeader(Headers.ACTION, DirectoryAction.ONBOARD_PARTNER.name())
        .addHeader(Headers.REQUEST_ID, "rogue").addHeader(Headers.DEADLINE, Long.toString(System.currentTimeMillis() + 5_000));
    new Caller("operator", "mallory", Set.of(Role.OPERATOR)).writeTo(options.getHeaders());
    String body = "{\"id\":\"" + args[4] + "\",\"name\":\"Rogue\",\"mpnId\":\"6666666\",\"type\":\"direct\",\"country\":\"US\"}";
    // Without the cluster's secret, the best a rogue can do is sign with a key of its own.
    BusSigner.random().sign(Address.DIRECTORY, options.getHeaders(), body);
    String outcome;
    try {
      outcome = "ROGUE ANSWERED " + vertx.eventBus().request(Address.DIRECTORY, body, options).await(30, TimeUnit.SECONDS).body();
    } catch (ReplyException e) {
      outcome = "ROGUE REFUSED " + e.failureType() + " " + e.failureCode();
    } catch (Exception e) {
      outcome = "ROGUE FAILED " + e.getClass().getSimpleName();
    }
    System.out.println(outcome);
    vertx.close().await(1, TimeUnit.MINUTES);
    System.exit(0);
  }
}
