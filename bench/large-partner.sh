#!/usr/bin/env bash
# A large partner's views: 1,000 customers x 100 reservations bought through the API, one customer with 1,000 VMs
# x 60 days of hourly usage (1.44 M usage hours); then the reservation list, the reservation overview, 30 days of
# utilization, 60-day reservation and savings-plan recommendations and the benefit comparison timed, Azure's list of the
# partner's reservations against /v1's (16 clients, alternating rounds), and checkout
# throughput (cart + checkout cycles, every one with its own Idempotency-Key) against pgbench's TPC-B on the same
# Postgres, with a count proving no duplicate.
# Appends the figures and this command to BENCHMARKS.md. Fails on any non-2xx answer (rate limits off).
#   bash bench/large-partner.sh [customers] [reservations-each]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
CUSTOMERS=${1:-1000}
EACH=${2:-100}
./mvnw -q -B -DskipTests clean package   # clean: a jar left from an earlier build must not be measured
DATA=$(mktemp -d /tmp/rvi-partner-bench.XXXXXX)
chmod 755 "$DATA"
PORT=18092
cleanup() { kill ${SERVER:-} 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
RVI_RATE_LIMIT_PER_MINUTE=0 RVI_RATE_LIMIT_PER_ADDRESS_PER_MINUTE=0 RVI_ACCESS_LOG=false java -Xmx1g -jar app/target/app.jar serve \
  --data-dir "$DATA" --http-port $PORT --host 127.0.0.1 > "$DATA/serve.log" 2>&1 &
SERVER=$!
for i in $(seq 1 180); do curl -sf localhost:$PORT/health >/dev/null 2>&1 && break; sleep 1; done
sleep 5
TOKEN=$(java -jar app/target/app.jar token --partner 5d9b1c6e-0000-4000-8000-00000000c001 --roles AdminAgent --ttl 4h --data-dir "$DATA")
H="Authorization: Bearer $TOKEN"
java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.LargePartnerBench "http://127.0.0.1:$PORT" "$TOKEN" "$CUSTOMERS" "$EACH" 30 16 \
  | tee "$DATA/partner.txt"

# The usage customer: a reservation of 50 D2s_v5, then 1.44 M usage hours, then its views.
usage_customer usage-bench.example
java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.UsageIngestBench "http://127.0.0.1:$PORT" "$TOKEN" "$C" "$S" \
  "$RESERVATION_PATH" | tee "$DATA/usage.txt"
BLOCKED=$(grep -c "has been blocked" "$DATA/serve.log" || true)

# The baseline: pgbench's TPC-B on the same Postgres, 16 clients, 30 s.
PGDIR="$DATA/postgres"; [ -f "$PGDIR/postmaster.pid" ] || PGDIR=$(ls -d /var/tmp/rvi-postgres-* | head -1)
PG_PORT=$(sed -n 4p "$PGDIR/postmaster.pid")
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | head -1 || true)
if [ -z "$PGBENCH" ] && [ "$(id -u)" = 0 ]; then
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql-contrib >/dev/null 2>&1 || apt-get install -y -qq postgresql >/dev/null 2>&1 || true
  PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | head -1 || true)
fi
TPS="not measured (no pgbench on this machine)"
RATIO="—"
if [ -n "$PGBENCH" ]; then
  "$PGBENCH" -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 10 -q postgres > "$DATA/pgbench-init.txt" 2>&1
  "$PGBENCH" -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 16 -j 2 -T 30 postgres > "$DATA/pgbench.txt" 2>&1
  TPS=$(grep -o 'tps = [0-9.]*' "$DATA/pgbench.txt" | head -1 | cut -d' ' -f3)
  RATIO=$(awk -v a="$(awk -F= '$1=="checkoutsPerSecond" {print $2}' "$DATA/partner.txt")" -v b="$TPS" 'BEGIN {printf "%.2f", a/b}')
fi
v() { awk -F= -v k="$2" '$1==k {print $2}' "$DATA/$1.txt"; }
{
  echo
  echo "### A large partner's views and checkout throughput — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`bash bench/large-partner.sh $CUSTOMERS $EACH\`. Machine: $(nproc) cores, $(java -version 2>&1 | head -1); server (\`-Xmx1g\`), Postgres and clients on this machine."
  echo "Data: $(v partner customers) customers x $(v partner reservationsEach) reservations bought through the API in $(v partner setupSeconds) s (8 clients);"
  echo "one more customer with $(v usage records) usage hours (1,000 VMs x 60 days) and a reservation of 50."
  echo
  echo "| measure | result | target |"
  echo "|---|---|---|"
  echo "| reservation list (100 a page), $(v partner reservationListCount) reads after 200 not counted: p50 / p99 | $(v partner reservationListP50Ms) ms / $(v partner reservationListP99Ms) ms | p99 ≤ 20 ms |"
  echo "| the partner's reservations across customers, 100 a page at random offsets, $(v partner armReservationListCount) reads each, 16 clients: Azure's path (ARM shapes) against \`/v1/reservations\` | $(v partner armListsPerSecond)/s against $(v partner partnerListsPerSecond)/s: $(v partner armAgainstPartner); p99 $(v partner armReservationListP99Ms) ms against $(v partner partnerReservationListP99Ms) ms | ≥ 0.85 of \`/v1\` |"
  echo "| reservation overview with utilization, $(v usage overviewCount) reads: p50 / p99 | $(v usage overviewP50Ms) ms / $(v usage overviewP99Ms) ms | p99 ≤ 20 ms |"
  echo "| utilization, 30 days daily, $(v usage engine30DaysCount) reads: p50 / p99 | $(v usage engine30DaysP50Ms) ms / $(v usage engine30DaysP99Ms) ms | ≤ 50 ms |"
  echo "| recommendations, 60-day look-back (first, then again) | $(v usage recommendations60DaysSeconds) s, $(v usage recommendations60DaysAgainSeconds) s | ≤ 0.5 s |"
  echo "| savings-plan recommendations, 60 days, Shared (first, then again) | $(v usage savingsPlanShared60DaysSeconds) s, $(v usage savingsPlanShared60DaysAgainSeconds) s | ≤ 0.5 s |"
  echo "| savings-plan recommendations, 60 days, Single (first, then again) | $(v usage savingsPlanSingle60DaysSeconds) s, $(v usage savingsPlanSingle60DaysAgainSeconds) s | ≤ 0.5 s |"
  echo "| benefit comparison (reservations, plan, mix), 60 days (first, then again) | $(v usage comparison60DaysSeconds) s, $(v usage comparison60DaysAgainSeconds) s | ≤ 0.5 s |"
  echo "| usage ingest through the API | $(v usage ingestRecordsPerSecond) records/s | |"
  echo "| checkout: cart + checkout cycles/s (16 clients, 30 s, each its own keys) | $(v partner checkoutsPerSecond) | |"
  echo "| pgbench TPC-B on the same Postgres (16 clients, 30 s), tps | $TPS | |"
  echo "| checkout / TPC-B | $RATIO | ≥ 0.25 |"
  echo "| orders counted against cycles completed: duplicates | $(v partner duplicates) | 0 |"
  echo "| blocked-thread warnings from Vert.x in the server's log | $BLOCKED | 0 |"
} >> BENCHMARKS.md
tail -18 BENCHMARKS.md
