package dev.rvi.notification;

import java.net.InetAddress;

/** One attempt's destination: the checked address to connect to, or why the host may not be called now. */
record WebhookTarget(InetAddress address, String refusal) {
  static WebhookTarget at(InetAddress address) {
    return new WebhookTarget(address, null);
  }

  static WebhookTarget refused(String reason) {
    return new WebhookTarget(null, reason);
  }
}
