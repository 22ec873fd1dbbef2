package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.gateway.RateLimits;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-address limit, counted before the token is read, and the client's address behind a trusted proxy. */
class AddressRateLimitTest {

  /** A flood of bad tokens from one address is limited before any token is checked; a forged X-Forwarded-For changes nothing. */
  @Test
  void eachAddressHasARateLimitCountedBeforeTheToken() {
    try (TestPlatform limited = TestPlatform.start(false, gateway -> gateway.withRateLimits(new RateLimits(100_000, 8, Set.of())))) {
      for (int i = 0; i < 8; i++) {
        assertRefused(limited.get("/v1/customers", "not-a-token-" + i), 401);
      }
      TestPlatform.Reply flood = limited.get("/v1/customers", "not-a-token");
      assertRefused(flood, 429, 429);
      assertTrue(flood.body().contains("from this address"), flood::toString);
      assertTrue(Integer.parseInt(flood.header("Retry-After")) >= 1);
      TestPlatform.Reply spoofed = limited.send(HttpRequest.newBuilder(URI.create(limited.baseUrl + "/v1/customers"))
          .header("X-Forwarded-For", "203.0.113.7"), limited.token(DemoData.CONTOSO.id(), "AdminAgent"));
      assertRefused(spoofed, 429, 429);
    }
    try (TestPlatform proxied = TestPlatform.start(false, gateway -> gateway.withRateLimits(new RateLimits(100_000, 3,
        Set.of("127.0.0.1"))))) {
      String token = proxied.token(DemoData.CONTOSO.id(), "AdminAgent");
      for (String client : List.of("198.51.100.1", "198.51.100.2")) {
        for (int i = 0; i < 3; i++) {
          assertTrue(proxied.send(HttpRequest.newBuilder(URI.create(proxied.baseUrl + "/v1/products?country=US"))
              .header("X-Forwarded-For", "10.9.9.9, " + client), token).status() != 429, "behind a trusted proxy each client counts");
        }
        assertRefused(proxied.send(HttpRequest.newBuilder(URI.create(proxied.baseUrl + "/v1/products?country=US"))
            .header("X-Forwarded-For", client), token), 429, 429);
      }
    }
  }

}
