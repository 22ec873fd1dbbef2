package dev.rvi.domain.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContinuationTokenTest {
  @Test
  void roundTrips() {
    assertEquals(Optional.of(250), ContinuationToken.decode(ContinuationToken.encode(250)));
  }

  @Test
  void refusesForgedTokens() {
    for (String forged : new String[] {"garbage", "", "bzE6LTE", "eDox", "%%%", "bzE6YWJj"}) {
      assertTrue(ContinuationToken.decode(forged).isEmpty(), forged);
    }
  }
}
