package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A refund quote as ARM writes it ({@code RefundResponse}: {@code id}, and {@code properties} with the
 * {@code sessionId} that {@code return} takes, the amounts and the policy's result), from the order service's quote.
 */
public final class ArmRefundView {
  private ArmRefundView() {}

  public static JsonObject of(String reservationOrderId, JsonObject quote) {
    JsonObject policy = quote.getJsonObject("policyResult", new JsonObject());
    JsonArray errors = new JsonArray();
    for (Object e : policy.getJsonArray("policyErrors", new JsonArray())) {
      if (e instanceof JsonObject error) {
        errors.add(new JsonObject().put("code", error.getValue("code") == null ? null : String.valueOf(error.getValue("code")))
            .put("message", error.getString("description")));
      }
    }
    JsonObject policyProperties = new JsonObject().put("consumedRefundsTotal", policy.getJsonObject("consumedRefundsTotal"))
        .put("maxRefundLimit", policy.getJsonObject("maxRefundLimit")).put("policyErrors", errors)
        .put("earlyTerminationFeePercent", policy.getValue("earlyTerminationFeePercent")).put("policyText", policy.getString("policyText"));
    JsonObject properties = new JsonObject()
        .put("sessionId", quote.getString("sessionId"))
        .put("quantity", quote.getInteger("quantity"))
        .put("billingRefundAmount", quote.getJsonObject("billingRefundAmount"))
        .put("pricingRefundAmount", quote.getJsonObject("pricingRefundAmount"))
        .put("policyResult", new JsonObject().put("properties", policyProperties))
        .put("billingInformation", new JsonObject().put("billingPlan", "Upfront")
            .put("billingCurrencyTotalPaidAmount", quote.getJsonObject("paidSoFar"))
            .put("billingCurrencyProratedAmount", quote.getJsonObject("remainingValue"))
            .put("billingCurrencyRemainingCommitmentAmount", quote.getJsonObject("cancelledFuturePayments")));
    return new JsonObject().put("id", ArmReservationOrderView.id(reservationOrderId) + "/calculateRefund/" + quote.getString("sessionId"))
        .put("properties", properties);
  }
}
