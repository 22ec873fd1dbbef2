package dev.rvi.notification;

import dev.rvi.domain.error.Errors;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Where webhooks may go. In production a URL is https and its host resolves only to public addresses: never
 * loopback, private, link-local (the cloud metadata service is 169.254.169.254), carrier-grade NAT, unique-local or
 * multicast. The name is looked up once per attempt and the delivery connects to exactly the address that was
 * checked ({@link #resolve}), so a name that answers differently at connect time (DNS rebinding) cannot lead it
 * elsewhere. {@code allowInsecure} (development and tests) allows http and those addresses.
 */
final class WebhookTargets {
  /** How names are looked up; the JDK's resolver unless a test brings its own. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] lookup(String host) throws UnknownHostException;
  }

  private final boolean allowInsecure;
  private final Resolver resolver;
  private final Predicate<InetAddress> allowed;

  WebhookTargets(boolean allowInsecure) {
    this(allowInsecure, InetAddress::getAllByName, address -> !notPublic(address));
  }

  WebhookTargets(boolean allowInsecure, Resolver resolver, Predicate<InetAddress> allowed) {
    this.allowInsecure = allowInsecure;
    this.resolver = resolver;
    this.allowed = allowed;
  }

  /**
   * Blocking (a DNS lookup; run on a worker): the one address this attempt connects to, or why none may be. Every
   * address the name has must be allowed, not only the one chosen, so no answer of the same lookup is private.
   */
  WebhookTarget resolve(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = resolver.lookup(bare);
    } catch (UnknownHostException e) {
      return WebhookTarget.refused(host + " does not resolve");
    }
    if (addresses == null || addresses.length == 0) {
      return WebhookTarget.refused(host + " does not resolve");
    }
    if (!allowInsecure) {
      for (InetAddress address : addresses) {
        if (!allowed.test(address)) {
          return WebhookTarget.refused(host + " resolves to " + address.getHostAddress() + ", which is not a public address");
        }
      }
    }
    return WebhookTarget.at(addresses[0]);
  }

  /** The URL checked as registered: its shape and scheme (no lookup here; the delivery looks). */
  URI parse(String url) {
    if (url == null || url.isBlank() || url.length() > 2000) {
      throw Errors.badRequest("notification", "url is required: where to post the events (https, at most 2,000 characters)");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw Errors.badRequest("notification", "url is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
      throw Errors.badRequest("notification", "url must be https");
    }
    if (uri.getHost() == null || uri.getUserInfo() != null) {
      throw Errors.badRequest("notification", "url must name a host (and no user or password)");
    }
    if (!allowInsecure && isLiteralPrivate(uri.getHost())) {
      throw Errors.badRequest("notification", "url must not point at a loopback, private, link-local or metadata address");
    }
    return uri;
  }

  private static boolean isLiteralPrivate(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost") || h.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false;
    }
    try {
      return notPublic(InetAddress.getByName(h));
    } catch (UnknownHostException e) {
      return true;
    }
  }

  static boolean notPublic(InetAddress address) {
    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc;   // unique-local fc00::/7
    }
    return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;   // carrier-grade NAT 100.64.0.0/10
  }
}
