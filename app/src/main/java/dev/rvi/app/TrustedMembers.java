package dev.rvi.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxBootstrap;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.AsyncMap;
import io.vertx.core.shareddata.Counter;
import io.vertx.core.shareddata.Lock;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.core.spi.cluster.NodeInfo;
import io.vertx.core.spi.cluster.NodeListener;
import io.vertx.core.spi.cluster.RegistrationInfo;
import io.vertx.core.spi.cluster.RegistrationListener;
import io.vertx.core.spi.cluster.RegistrationUpdateEvent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps members that are not the cluster's out of the event bus's routing. Open-source Hazelcast lets any process
 * that reaches a member port join the membership, and a member that registers a consumer at a service's address
 * would get its share of that service's requests (which then fail: it has no certificate from the cluster's CA, so
 * no node connects to it). Each node here announces, with its event-bus address, an HMAC of its node id, host and
 * port under the cluster's secret; registrations of a node whose announcement does not verify are left out of every
 * answer the event bus gets, so no request is ever routed to it. Everything else is Hazelcast's, unchanged.
 */
final class TrustedMembers implements ClusterManager {
  private static final Logger LOG = LoggerFactory.getLogger(TrustedMembers.class);
  static final String PROOF = "rviProof";
  /** At most the members of a cluster; dropped as members leave, and bounded against a flood of joins. */
  private static final int MAX_VERDICTS = 10_000;

  private final ClusterManager delegate;
  private final byte[] secret;
  private final Cache<String, Boolean> verdicts = Caffeine.newBuilder().maximumSize(MAX_VERDICTS).executor(Runnable::run).build();

  TrustedMembers(ClusterManager delegate, byte[] secret) {
    this.delegate = delegate;
    this.secret = secret.clone();
  }

  String proof(String nodeId, String host, int port) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(("rvi-node|" + nodeId + "|" + host + "|" + port).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean verifies(String nodeId, NodeInfo info) {
    if (info == null || info.metadata() == null || !(info.metadata().getValue(PROOF) instanceof String claimed)) {
      return false;
    }
    return MessageDigest.isEqual(proof(nodeId, info.host(), info.port()).getBytes(StandardCharsets.UTF_8),
        claimed.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void setNodeInfo(NodeInfo nodeInfo, Completable<Void> promise) {
    JsonObject metadata = nodeInfo.metadata() == null ? new JsonObject() : nodeInfo.metadata().copy();
    metadata.put(PROOF, proof(delegate.getNodeId(), nodeInfo.host(), nodeInfo.port()));
    delegate.setNodeInfo(new NodeInfo(nodeInfo.host(), nodeInfo.port(), metadata), promise);
  }

  /** Whether the node proved it is the cluster's; looked up once per node (its node info does not change). */
  private Future<Boolean> trusted(String nodeId) {
    if (nodeId.equals(delegate.getNodeId())) {
      return Future.succeededFuture(true);
    }
    Boolean known = verdicts.getIfPresent(nodeId);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    Promise<NodeInfo> info = Promise.promise();
    delegate.getNodeInfo(nodeId, info);
    return info.future().transform(looked -> {
      if (looked.failed() || looked.result() == null) {
        // Not announced yet: not routed to now, asked again next time.
        return Future.succeededFuture(false);
      }
      boolean ok = verifies(nodeId, looked.result());
      if (!ok) {
        LOG.warn("cluster member {} at {}:{} did not prove it is one of the cluster's nodes; no request is routed to it", nodeId,
            looked.result().host(), looked.result().port());
      }
      verdicts.put(nodeId, ok);
      return Future.succeededFuture(ok);
    });
  }

  private void onlyTrusted(List<RegistrationInfo> registrations, Completable<List<RegistrationInfo>> answer) {
    Map<String, Future<Boolean>> byNode = new LinkedHashMap<>();
    registrations.forEach(r -> byNode.computeIfAbsent(r.nodeId(), this::trusted));
    Future.all(List.copyOf(byNode.values())).onComplete(done -> answer.succeed(registrations.stream()
        .filter(r -> byNode.get(r.nodeId()).result()).toList()));
  }

  @Override
  public void getRegistrations(String address, Completable<List<RegistrationInfo>> promise) {
    delegate.getRegistrations(address, (registrations, failure) -> {
      if (failure != null) {
        promise.fail(failure);
      } else {
        onlyTrusted(registrations, promise);
      }
    });
  }

  @Override
  public void registrationListener(RegistrationListener listener) {
    delegate.registrationListener(new RegistrationListener() {
      @Override
      public void registrationsUpdated(RegistrationUpdateEvent event) {
        boolean known = event.registrations().stream().allMatch(r -> r.nodeId().equals(delegate.getNodeId()) || verdicts.getIfPresent(r.nodeId()) != null);
        if (known) {
          onlyTrusted(event.registrations(), (kept, failure) -> listener.registrationsUpdated(new RegistrationUpdateEvent(event.address(), kept)));
        } else {
          // A node to look up first: by the time it is known, later updates may have come, so pass on the state as it is then.
          getRegistrations(event.address(), (kept, failure) -> {
            if (failure == null) {
              listener.registrationsUpdated(new RegistrationUpdateEvent(event.address(), kept));
            }
          });
        }
      }

      @Override
      public void registrationsLost() {
        listener.registrationsLost();
      }

      @Override
      public boolean wantsUpdatesFor(String address) {
        return listener.wantsUpdatesFor(address);
      }
    });
  }

  @Override
  public void nodeListener(NodeListener listener) {
    delegate.nodeListener(new NodeListener() {
      @Override
      public void nodeAdded(String nodeId) {
        listener.nodeAdded(nodeId);
      }

      @Override
      public void nodeLeft(String nodeId) {
        verdicts.invalidate(nodeId);
        listener.nodeLeft(nodeId);
      }
    });
  }

  // Hazelcast's, unchanged.

  @Override
  public void init(VertxBootstrap bootstrap) {
    ClusterManager.super.init(bootstrap);
  }

  @Override
  public void init(Vertx vertx) {
    delegate.init(vertx);
  }

  @Override
  public <K, V> void getAsyncMap(String name, Completable<AsyncMap<K, V>> promise) {
    delegate.getAsyncMap(name, promise);
  }

  @Override
  public <K, V> Map<K, V> getSyncMap(String name) {
    return delegate.getSyncMap(name);
  }

  @Override
  public void getLockWithTimeout(String name, long timeout, Completable<Lock> promise) {
    delegate.getLockWithTimeout(name, timeout, promise);
  }

  @Override
  public void getCounter(String name, Completable<Counter> promise) {
    delegate.getCounter(name, promise);
  }

  @Override
  public void join(Completable<Void> promise) {
    delegate.join(promise);
  }

  @Override
  public void leave(Completable<Void> promise) {
    delegate.leave(promise);
  }

  @Override
  public boolean isActive() {
    return delegate.isActive();
  }

  @Override
  public void addRegistration(String address, RegistrationInfo registrationInfo, Completable<Void> promise) {
    delegate.addRegistration(address, registrationInfo, promise);
  }

  @Override
  public void removeRegistration(String address, RegistrationInfo registrationInfo, Completable<Void> promise) {
    delegate.removeRegistration(address, registrationInfo, promise);
  }

  @Override
  public String getNodeId() {
    return delegate.getNodeId();
  }

  @Override
  public NodeInfo getNodeInfo() {
    return delegate.getNodeInfo();
  }

  @Override
  public void getNodeInfo(String nodeId, Completable<NodeInfo> promise) {
    delegate.getNodeInfo(nodeId, promise);
  }

  @Override
  public List<String> getNodes() {
    return delegate.getNodes();
  }

  @Override
  public String clusterHost() {
    return delegate.clusterHost();
  }

  @Override
  public String clusterPublicHost() {
    return delegate.clusterPublicHost();
  }
}
