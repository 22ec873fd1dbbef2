package dev.rvi.domain.bus;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs each request on the event bus with the platform's shared key (HMAC-SHA256) and checks the
 * signature before a service acts: the address, every header (the caller, the action, the deadline,
 * the idempotency key) and the body. A process that reaches the bus without the key can neither make
 * a service act nor claim to be someone else; the deadline bounds how long a signed request counts.
 */
public final class BusSigner {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 32;
  /** A deadline further ahead than this is not one the platform would set. */
  static final long MAX_DEADLINE_AHEAD_MS = 60 * 60_000L;
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  public BusSigner(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the bus key must have at least " + MIN_KEY_BYTES + " bytes, it has " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /** A key of its own, for a platform in one JVM: nothing outside the process can sign. */
  public static BusSigner random() {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new BusSigner(key);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Adds the signature header to a request about to be sent. */
  public void sign(String address, MultiMap headers, Object body) {
    headers.remove(Headers.SIGNATURE);
    headers.set(Headers.SIGNATURE, Base64.getEncoder().encodeToString(mac(address, headers, body)));
  }

  /** Why a received request cannot be trusted, or null when its signature and deadline are good. */
  public String refusal(String address, MultiMap headers, Object body, long nowMs) {
    String given = headers.get(Headers.SIGNATURE);
    if (given == null) {
      return "the request is not signed";
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(given);
    } catch (IllegalArgumentException e) {
      return "the request's signature is not readable";
    }
    if (!MessageDigest.isEqual(signature, mac(address, headers, body))) {
      return "the request's signature does not match";
    }
    String deadline = headers.get(Headers.DEADLINE);
    long at;
    try {
      at = deadline == null ? -1 : Long.parseLong(deadline);
    } catch (NumberFormatException e) {
      at = -1;
    }
    if (at < 0 || at - nowMs > MAX_DEADLINE_AHEAD_MS) {
      return "the request's deadline is missing or too far ahead";
    }
    return null;
  }

  private byte[] mac(String address, MultiMap headers, Object body) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> header : headers) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (!name.equals(Headers.SIGNATURE.toLowerCase(Locale.ROOT))) {
        lines.add(name + "=" + header.getValue());
      }
    }
    lines.sort(null);
    Mac mac = macs.get();
    mac.reset();
    mac.update(("rvi-bus-v1\n" + address + "\n" + String.join("\n", lines) + "\n\n").getBytes(StandardCharsets.UTF_8));
    if (body instanceof Buffer bytes) {
      mac.update(bytes.getBytes());
    } else if (body != null) {
      mac.update(body.toString().getBytes(StandardCharsets.UTF_8));
    }
    return mac.doFinal();
  }
}
