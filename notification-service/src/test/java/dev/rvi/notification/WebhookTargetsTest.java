package dev.rvi.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The delivery-time check: a name is looked up at every delivery and refused if any of its addresses is not public. */
class WebhookTargetsTest {
  @Test
  void addressesThatAreNotPublicAreRefusedAtDelivery() throws Exception {
    WebhookTargets production = new WebhookTargets(false);
    assertNotNull(production.resolve("localhost").refusal(), "a name that resolves to loopback (as a rebinding name would)");
    assertNotNull(production.resolve("no-such-host.invalid").refusal());
    for (String address : new String[] {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "::1", "fd00::1", "fe80::1", "224.0.0.1"}) {
      assertTrue(WebhookTargets.notPublic(InetAddress.getByName(address)), address);
    }
    for (String address : new String[] {"8.8.8.8", "20.42.65.92", "2001:4860:4860::8888"}) {
      assertFalse(WebhookTargets.notPublic(InetAddress.getByName(address)), address);
    }
    assertNull(new WebhookTargets(true).resolve("localhost").refusal(), "development and tests may post to loopback");
  }
}
