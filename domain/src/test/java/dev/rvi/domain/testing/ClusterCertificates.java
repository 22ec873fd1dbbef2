package dev.rvi.domain.testing;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A cluster's CA and certificates signed by it, made with the JDK's keytool (no openssl needed), as PEM
 * files: what an operator gives each node for mutual TLS on the event bus.
 */
public final class ClusterCertificates {
  private static final String PASSWORD = "changeit";
  private final Path dir;
  private final Path caStore;
  public final Path ca;

  private ClusterCertificates(Path dir, Path caStore, Path ca) {
    this.dir = dir;
    this.caStore = caStore;
    this.ca = ca;
  }

  /** A node's certificate and key. */
  public record NodeCertificate(Path cert, Path key) {}

  /** A new CA (its own name, so two of them never trust each other's certificates). */
  public static ClusterCertificates newAuthority(Path dir, String name) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path store = dir.resolve(name + "-ca.p12");
    Path ca = dir.resolve(name + "-ca.crt");
    keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=" + name + " CA",
        "-ext", "bc:c", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", store.toString(), "-storepass", PASSWORD, "-file", ca.toString());
    return new ClusterCertificates(dir, store, ca);
  }

  /** A certificate for a node on 127.0.0.1, signed by this CA, good for both ends of a TLS connection. */
  public NodeCertificate node(String name) throws IOException, InterruptedException, GeneralSecurityException {
    Path store = dir.resolve(name + ".p12");
    Path csr = dir.resolve(name + ".csr");
    Path cert = dir.resolve(name + ".crt");
    Path key = dir.resolve(name + ".key");
    keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=" + name,
        "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool("-certreq", "-alias", "node", "-keystore", store.toString(), "-storepass", PASSWORD, "-file", csr.toString());
    keytool("-gencert", "-alias", "ca", "-keystore", caStore.toString(), "-storepass", PASSWORD, "-infile", csr.toString(),
        "-outfile", cert.toString(), "-rfc", "-validity", "2", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-ext", "EKU=serverAuth,clientAuth");
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(store.toFile())) {
      keys.load(in, PASSWORD.toCharArray());
    }
    PrivateKey privateKey = (PrivateKey) keys.getKey("node", PASSWORD.toCharArray());
    Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(privateKey.getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    return new NodeCertificate(cert, key);
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(args));
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool " + args[0] + " failed: " + said);
    }
  }
}
