package dev.rvi.app;

import dev.rvi.domain.bus.BusSigner;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a node needs to be one of the cluster: its certificate and key, signed by the cluster's CA, for
 * mutual TLS on the event bus (a process without a certificate from that CA can neither connect to a
 * node nor be connected to), and the cluster's shared secret, which signs every request
 * ({@link BusSigner}): a process with a certificate but without the secret still cannot make a service act.
 */
public record ClusterSecurity(Path cert, Path key, Path ca, byte[] secret) {
  static final String CERT = "RVI_CLUSTER_TLS_CERT_FILE";
  static final String KEY = "RVI_CLUSTER_TLS_KEY_FILE";
  static final String CA = "RVI_CLUSTER_TLS_CA_FILE";
  static final String SECRET = "RVI_CLUSTER_SECRET_FILE";

  public static ClusterSecurity from(NodeOptions args, Map<String, String> env) {
    String cert = args.clusterCert() != null ? args.clusterCert().toString() : env.get(CERT);
    String key = args.clusterKey() != null ? args.clusterKey().toString() : env.get(KEY);
    String ca = args.clusterCa() != null ? args.clusterCa().toString() : env.get(CA);
    String secret = args.clusterSecret() != null ? args.clusterSecret().toString() : env.get(SECRET);
    List<String> missing = new ArrayList<>();
    if (cert == null) {
      missing.add("--cluster-cert (" + CERT + ")");
    }
    if (key == null) {
      missing.add("--cluster-key (" + KEY + ")");
    }
    if (ca == null) {
      missing.add("--cluster-ca (" + CA + ")");
    }
    if (secret == null) {
      missing.add("--cluster-secret (" + SECRET + ")");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("a clustered node needs its certificate, key, the cluster's CA and the cluster's secret; missing: "
          + String.join(", ", missing));
    }
    for (String file : List.of(cert, key, ca, secret)) {
      if (!Files.isReadable(Path.of(file))) {
        throw new IllegalArgumentException("cannot read " + file);
      }
    }
    return new ClusterSecurity(Path.of(cert), Path.of(key), Path.of(ca), readSecret(Path.of(secret)));
  }

  /** The secret file's text, without surrounding whitespace: e.g. {@code openssl rand -base64 48 > cluster.secret}. */
  private static byte[] readSecret(Path file) {
    try {
      byte[] secret = Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
      if (secret.length < BusSigner.MIN_KEY_BYTES) {
        throw new IllegalArgumentException("the cluster secret in " + file + " has " + secret.length + " characters; it needs at least "
            + BusSigner.MIN_KEY_BYTES);
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public BusSigner signer() {
    return new BusSigner(secret);
  }

  /** Mutual TLS on the event bus: this node's certificate, and only peers with a certificate from the CA. */
  public EventBusOptions secure(EventBusOptions options) {
    options.setSsl(true)
        .setKeyCertOptions(new PemKeyCertOptions().setCertPath(cert.toString()).setKeyPath(key.toString()))
        .setTrustOptions(new PemTrustOptions().addCertPath(ca.toString()))
        .setClientAuth(ClientAuth.REQUIRED);
    return options;
  }
}
