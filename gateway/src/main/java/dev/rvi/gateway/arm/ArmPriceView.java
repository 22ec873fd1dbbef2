package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * calculatePrice's answer ({@code CalculatePriceResponse}): the caller's price for the quantity, its payment schedule
 * (one payment upfront, or one a month), no tax (the partner bills its customer), and a new {@code reservationOrderId}
 * to buy it into.
 */
public final class ArmPriceView {
  private ArmPriceView() {}

  /** {@code item}: the catalog's reserved instance, priced for the caller. */
  public static JsonObject of(ArmPurchase purchase, JsonObject item, String reservationOrderId, LocalDate today) {
    BigDecimal unit = new BigDecimal(String.valueOf(item.getValue("unitPrice")));
    BigDecimal total = unit.multiply(BigDecimal.valueOf(purchase.quantity())).setScale(2, RoundingMode.HALF_UP);
    String currency = item.getString("currencyCode");
    JsonObject money = money(currency, total);
    JsonArray schedule = new JsonArray();
    int months = (int) purchase.term().period().toTotalMonths();
    if (purchase.billingPlan().equals("Monthly")) {
      BigDecimal monthly = total.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
      for (int m = 0; m < months; m++) {
        BigDecimal amount = m == months - 1 ? total.subtract(monthly.multiply(BigDecimal.valueOf(months - 1))) : monthly;
        schedule.add(payment(today.plusMonths(m), money(currency, amount)));
      }
    } else {
      schedule.add(payment(today, money));
    }
    String title = "Reserved VM Instance, " + purchase.armSkuName() + ", " + purchase.armRegionName() + ", "
        + (purchase.term().name().equals("P3Y") ? "3 Years" : "1 Year");
    return new JsonObject().put("properties", new JsonObject()
        .put("billingCurrencyTotal", money)
        .put("netTotal", total.doubleValue())
        .put("taxTotal", 0.0)
        .put("grandTotal", total.doubleValue())
        .put("isTaxIncluded", false)
        .put("isBillingPartnerManaged", true)
        .put("reservationOrderId", reservationOrderId)
        .put("skuTitle", title)
        .put("skuDescription", purchase.armSkuName())
        .put("pricingCurrencyTotal", money.copy())
        .put("paymentSchedule", schedule));
  }

  private static JsonObject money(String currency, BigDecimal amount) {
    return new JsonObject().put("currencyCode", currency).put("amount", amount.doubleValue());
  }

  private static JsonObject payment(LocalDate due, JsonObject money) {
    return new JsonObject().put("dueDate", due.toString()).put("pricingCurrencyTotal", money).put("billingCurrencyTotal", money.copy())
        .put("status", "Scheduled");
  }
}
