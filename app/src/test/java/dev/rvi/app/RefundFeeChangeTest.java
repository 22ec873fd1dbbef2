package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.refund.FeeChange;
import dev.rvi.domain.refund.RefundPolicyConfig;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Microsoft's fee as configuration: with a change to 0 % announced for a later day, a refund quote before it takes 12 % and
 * names the change, one from that day on takes none; both show the policy's text with the fee of their day.
 */
class RefundFeeChangeTest {
  private static TestPlatform platform;
  private static LocalDate change;

  @BeforeAll
  static void start() {
    Instant now = Instant.now();
    change = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(20);
    platform = TestPlatform.startWithServices(true, services -> services.withRefundPolicy(
        RefundPolicyConfig.DEFAULT.withFeeChanges(List.of(new FeeChange(change, BigDecimal.ZERO)), null)));
    platform.loadPrice("Standard_D16s_v5", "eastus", "Reservation", "1 Year", "3650.00", platform.clock.instant().minus(Duration.ofDays(1)));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void aQuoteTakesTheFeeOfItsDayAndNamesTheNextChange() {
    Shop shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    assertTrue(!change.isBefore(LocalDate.ofInstant(platform.clock.instant(), ZoneOffset.UTC).plusDays(10)),
        "the platform clock starts near today");
    String[] c = shop.newCustomer("refund-fee-change.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], shop.item("Standard_D16s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");

    platform.moveClockBy(Duration.ofDays(6));
    JsonObject before = shop.calculateRefund(c[0], reservation, 1).json();
    JsonObject policy = before.getJsonObject("policyResult");
    assertEquals(0, new BigDecimal("12").compareTo(new BigDecimal(policy.getValue("earlyTerminationFeePercent").toString())), policy::encode);
    assertEquals(change.toString(), policy.getJsonObject("nextFeeChange").getString("effectiveFrom"));
    assertTrue(policy.getString("policyText").contains("early termination fee of 12 %"), policy::encode);
    assertTrue(Shop.amount(before, "fee").signum() > 0, before::encode);

    platform.moveClockBy(Duration.between(platform.clock.instant(), change.atStartOfDay(ZoneOffset.UTC).toInstant()).plusHours(1));
    JsonObject after = shop.calculateRefund(c[0], reservation, 1).json();
    JsonObject now = after.getJsonObject("policyResult");
    assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(now.getValue("earlyTerminationFeePercent").toString())), now::encode);
    assertFalse(now.containsKey("nextFeeChange"), now::encode);
    assertEquals(0, BigDecimal.ZERO.compareTo(Shop.amount(after, "fee")), after::encode);
    assertEquals(0, Shop.amount(after, "remainingValue").compareTo(Shop.amount(after, "billingRefundAmount")), "no fee: the whole credit");
  }
}
