package dev.rvi.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The development key pair: made in {@code <data-dir>/keys} on first start, used by the gateway to
 * verify and by the {@code token} command to sign. Production verifies tokens of a real issuer
 * instead (a configured PEM key or JWKS document).
 */
public record DevelopmentKeys(String privateKeyPem, String publicKeyPem) {

  public static DevelopmentKeys loadOrCreate(Path dataDir) {
    Path dir = dataDir.resolve("keys");
    Path priv = dir.resolve("jwt-private.pem");
    Path pub = dir.resolve("jwt-public.pem");
    try {
      if (!Files.exists(priv) || !Files.exists(pub)) {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path tmp = Files.createTempFile(dir, "jwt-private", ".tmp");
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.move(tmp, priv, StandardCopyOption.ATOMIC_MOVE);
      }
      return new DevelopmentKeys(Files.readString(priv), Files.readString(pub));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
