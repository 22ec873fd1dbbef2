#!/usr/bin/env bash
# Webhook deliveries to a receiver on loopback: deliveries per second to N endpoints (pings made through the API by
# 8 clients, each endpoint's delivered in order) against the same number of signed POSTs sent straight to the same
# receiver, one sender per endpoint; a burst of as many deliveries written at once in the database (the sender alone); and the delay from a change to its delivery (a ping; a checkout's order.completed).
# Appends the figures and this command to BENCHMARKS.md.
#   bash bench/webhooks.sh [endpoints] [pings-each] [samples]
set -euo pipefail
cd "$(dirname "$0")/.."
ENDPOINTS=${1:-20}
EACH=${2:-500}
SAMPLES=${3:-100}
./mvnw -q -B -DskipTests clean package   # clean: a jar left from an earlier build must not be measured
DATA=$(mktemp -d /tmp/rvi-webhook-bench.XXXXXX)
chmod 755 "$DATA"
PORT=18093
cleanup() { kill ${SERVER:-} 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
RVI_WEBHOOKS_ALLOW_INSECURE=true RVI_RATE_LIMIT_PER_MINUTE=0 RVI_RATE_LIMIT_PER_ADDRESS_PER_MINUTE=0 RVI_ACCESS_LOG=false \
  java -Xmx1g -jar app/target/app.jar serve --data-dir "$DATA" --http-port $PORT --host 127.0.0.1 > "$DATA/serve.log" 2>&1 &
SERVER=$!
for i in $(seq 1 180); do curl -sf localhost:$PORT/health >/dev/null 2>&1 && break; sleep 1; done
sleep 5
TOKEN=$(java -jar app/target/app.jar token --partner 5d9b1c6e-0000-4000-8000-00000000c001 --roles AdminAgent --ttl 4h --data-dir "$DATA")
PGDIR="$DATA/postgres"; [ -f "$PGDIR/postmaster.pid" ] || PGDIR=$(ls -d /var/tmp/rvi-postgres-* | head -1)
PG_PORT=$(sed -n 4p "$PGDIR/postmaster.pid")
java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.WebhookBench "http://127.0.0.1:$PORT" "$TOKEN" "$ENDPOINTS" "$EACH" "$SAMPLES" \
  5d9b1c6e-0000-4000-8000-00000000c001 "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres" | tee "$DATA/webhooks.txt"
BLOCKED=$(grep -c "has been blocked" "$DATA/serve.log" || true)
v() { awk -F= -v k="$1" '$1==k {print $2}' "$DATA/webhooks.txt"; }
RATIO=$(awk -v a="$(v deliveriesPerSecond)" -v b="$(v baselineDeliveriesPerSecond)" 'BEGIN {printf "%.2f", a/b}')
BURST_RATIO=$(awk -v a="$(v burstDeliveriesPerSecond)" -v b="$(v baselineDeliveriesPerSecond)" 'BEGIN {printf "%.2f", a/b}')
{
  echo
  echo "### Webhook deliveries to a local receiver — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`bash bench/webhooks.sh $ENDPOINTS $EACH $SAMPLES\`. Machine: $(nproc) cores, $(java -version 2>&1 | head -1); server (\`-Xmx1g\`), Postgres, receiver and clients on this machine."
  echo
  echo "| measure | result |"
  echo "|---|---|"
  echo "| signed POSTs straight to the receiver, one sender per endpoint ($ENDPOINTS), per second (baseline) | $(v baselineDeliveriesPerSecond) |"
  echo "| pings made through the API by 8 clients, per second | $(v pingsPerSecond) |"
  echo "| deliveries per second, $(v deliveries) to $ENDPOINTS endpoints, from the first ping to the last arrival | $(v deliveriesPerSecond) |"
  echo "| deliveries / baseline | $RATIO |"
  echo "| a burst of $(v deliveries) deliveries written at once in the database, sent out, per second | $(v burstDeliveriesPerSecond) |"
  echo "| burst / baseline | $BURST_RATIO |"
  echo "| ping → delivery, one at a time ($(v pingToDeliveryCount)): p50 / p99 | $(v pingToDeliveryP50Ms) ms / $(v pingToDeliveryP99Ms) ms |"
  echo "| checkout answered → order.completed delivered, one at a time ($(v checkoutToDeliveryCount)): p50 / p99 | $(v checkoutToDeliveryP50Ms) ms / $(v checkoutToDeliveryP99Ms) ms |"
  echo "| blocked-thread warnings from Vert.x in the server's log | $BLOCKED |"
} >> BENCHMARKS.md
tail -14 BENCHMARKS.md
