package dev.rvi.app;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a node joins the cluster. Everything is stated, nothing guessed from the machine's hostname:
 * the address this node binds and announces, the Hazelcast member port, the event-bus port, and the
 * members to join over TCP, and the node's credentials ({@link ClusterSecurity}). Multicast stays off.
 */
public record ClusterSettings(String host, int memberPort, int busPort, List<String> members, String clusterName,
                              ClusterSecurity security) {

  /** Each option given, else its environment variable, else its default. */
  public static ClusterSettings from(NodeOptions args) {
    Map<String, String> env = Settings.env();
    String host = args.clusterHost() != null ? args.clusterHost() : env.getOrDefault("RVI_CLUSTER_HOST", "127.0.0.1");
    int memberPort = args.memberPort() != null ? args.memberPort() : Integer.parseInt(env.getOrDefault("RVI_CLUSTER_MEMBER_PORT", "5701"));
    int busPort = args.busPort() != null ? args.busPort() : Integer.parseInt(env.getOrDefault("RVI_CLUSTER_BUS_PORT", "5801"));
    String members = args.members() != null ? args.members() : env.getOrDefault("RVI_CLUSTER_MEMBERS", host + ":" + memberPort);
    String name = args.clusterName() != null ? args.clusterName() : env.getOrDefault("RVI_CLUSTER_NAME", "rvi");
    return new ClusterSettings(host, memberPort, busPort, Arrays.stream(members.split(",")).map(String::trim)
        .filter(m -> !m.isEmpty()).toList(), name, ClusterSecurity.from(args, Settings.env()));
  }

  /** Hazelcast, with members that cannot prove they are the cluster's (no secret) kept out of the event bus's routing. */
  public ClusterManager clusterManager() {
    HazelcastClusterManager hazelcast = hazelcast();
    return security == null ? hazelcast : new TrustedMembers(hazelcast, security.secret());
  }

  HazelcastClusterManager hazelcast() {
    Config config = ConfigUtil.loadConfig();
    config.setClusterName(clusterName);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(memberPort).setPortAutoIncrement(false).setPublicAddress(host + ":" + memberPort);
    network.getInterfaces().setEnabled(true).setInterfaces(List.of(host));
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(members);
    return new HazelcastClusterManager(config);
  }

  public VertxOptions vertxOptions(VertxOptions base) {
    EventBusOptions bus = new EventBusOptions().setHost(host).setPort(busPort).setClusterPublicHost(host);
    if (busPort != 0) {
      // Port 0 takes any free port; the node then announces the one it got.
      bus.setClusterPublicPort(busPort);
    }
    return base.setEventBusOptions(security.secure(bus));
  }
}
