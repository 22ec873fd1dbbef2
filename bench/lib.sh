# Shared by the benchmarks: a customer with a registered subscription and one Shared reservation of 50
# Standard_D2s_v5 in eastus, bought through the API. Needs H (the Authorization header) and PORT; sets C (the
# customer), S (the subscription) and RESERVATION_PATH.
#   usage_customer <domain>
usage_customer() {
  C=$(curl -sf -H "$H" -H 'Content-Type: application/json' -X POST localhost:$PORT/v1/customers \
    -d "{\"companyProfile\":{\"domain\":\"$1\"},\"billingProfile\":{\"companyName\":\"Bench\",\"defaultAddress\":{\"country\":\"US\"}}}" \
    | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  S=$(curl -sf -H "$H" -H 'Content-Type: application/json' -X POST localhost:$PORT/v1/customers/$C/subscriptions -d '{"friendlyName":"bench"}' \
    | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  curl -sf -H "$H" -X POST localhost:$PORT/v1/customers/$C/subscriptions/$S/registrations >/dev/null
  local item cart reservations
  item=$(curl -sf -H "$H" "localhost:$PORT/v1/reservedInstances?country=US&armSkuName=Standard_D2s_v5&armRegionName=eastus&term=P1Y" \
    | grep -o '"catalogItemId":"[^"]*"' | head -1 | cut -d'"' -f4)
  cart=$(curl -sf -H "$H" -H 'Content-Type: application/json' -X POST localhost:$PORT/v1/customers/$C/carts -d "{\"lineItems\":[{\"catalogItemId\":\"$item\",\"quantity\":50,\"termDuration\":\"P1Y\",\"provisioningContext\":{\"subscriptionId\":\"$S\",\"scope\":\"shared\"}}]}" \
    | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  curl -sf -H "$H" -X POST localhost:$PORT/v1/customers/$C/carts/$cart/checkout > /dev/null
  reservations=$(curl -sf -H "$H" localhost:$PORT/v1/customers/$C/reservations)
  RESERVATION_PATH="/v1/customers/$C/reservationOrders/$(echo "$reservations" | grep -o '"reservationOrderId":"[^"]*"' | head -1 | cut -d'"' -f4)/reservations/$(echo "$reservations" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)"
}
