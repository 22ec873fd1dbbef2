package dev.rvi.notification;

import java.time.Instant;
import java.time.OffsetDateTime;

/** The secrets an endpoint's deliveries are signed with: its own, and for a while after a rotation the one it replaced. */
record SigningSecrets(String secret, String previousSecret, OffsetDateTime previousSecretUntil) {

  /** The {@code webhook-signature} header at {@code now}: a signature with each secret that signs then, space-separated. */
  String signatures(String eventId, long timestamp, String body, Instant now) {
    String signatures = WebhookSignature.sign(secret, eventId, timestamp, body);
    if (previousSecret != null && previousSecretUntil != null && previousSecretUntil.toInstant().isAfter(now)) {
      signatures += " " + WebhookSignature.sign(previousSecret, eventId, timestamp, body);
    }
    return signatures;
  }
}
