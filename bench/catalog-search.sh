#!/usr/bin/env bash
# Load-tests the filtered reserved-instance search through the gateway (token check, validation,
# event bus, catalog service, Postgres; the per-tenant rate limit off, as one tenant sends it all)
# against a plain Vert.x + Postgres endpoint running the same
# SQL, on this machine, with wrk. Appends the figures and this command to BENCHMARKS.md.
#   bash bench/catalog-search.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-64}
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else echo "install wrk first" >&2; exit 1; fi
fi
mvn -q -B -DskipTests package
DATA=$(mktemp -d /tmp/rvi-bench.XXXXXX)
chmod 755 "$DATA"
GATEWAY_PORT=18080
BASELINE_PORT=18081
cleanup() { kill $SERVER ${BASELINE:-} 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
RVI_RATE_LIMIT_PER_MINUTE=0 RVI_ACCESS_LOG=false java -jar app/target/app.jar serve --data-dir "$DATA" --http-port $GATEWAY_PORT --host 127.0.0.1 > "$DATA/serve.log" 2>&1 &
SERVER=$!
for i in $(seq 1 120); do curl -sf localhost:$GATEWAY_PORT/health >/dev/null 2>&1 && break; sleep 1; done
PGDIR="$DATA/postgres"; [ -f "$PGDIR/postmaster.pid" ] || PGDIR=$(ls -d /var/tmp/rvi-postgres-* | head -1)
PG_PORT=$(sed -n 4p "$PGDIR/postmaster.pid")
java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.BaselineCatalogEndpoint $BASELINE_PORT "$PG_PORT" > "$DATA/baseline.log" 2>&1 &
BASELINE=$!
sleep 3
TOKEN=$(java -jar app/target/app.jar token --partner 5d9b1c6e-0000-4000-8000-00000000c001 --roles SalesAgent --data-dir "$DATA")
QUERY='/v1/reservedInstances?country=US&armRegionName=eastus&term=P1Y&minCores=4&sort=price&size=20'
curl -sf -H "Authorization: Bearer $TOKEN" "localhost:$GATEWAY_PORT$QUERY" | head -c 200; echo
run() { # name url [header]
  wrk -t2 -c"$CONNECTIONS" -d5s ${3:+-H "$3"} "$2" >/dev/null   # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${3:+-H "$3"} "$2" | tee "$DATA/$1.txt"
}
run gateway "http://127.0.0.1:$GATEWAY_PORT$QUERY" "Authorization: Bearer $TOKEN"
run baseline "http://127.0.0.1:$BASELINE_PORT/"
rps() { awk '/Requests\/sec/ {print $2}' "$DATA/$1.txt"; }
p() { awk -v q="$2" '$1==q {print $2}' "$DATA/$1.txt"; }
G=$(rps gateway); B=$(rps baseline)
RATIO=$(awk -v g="$G" -v b="$B" 'BEGIN {printf "%.2f", g/b}')
{
  echo
  echo "## Catalog search through the gateway vs. a plain Vert.x + Postgres endpoint — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`bash bench/catalog-search.sh $DURATION $CONNECTIONS\` (wrk, 2 threads, $CONNECTIONS connections, ${DURATION}s after a 5s warm-up)."
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), server, baseline, Postgres and wrk all on this machine."
  echo "Query: \`$QUERY\` (20 of 30 rows)."
  echo
  echo "| endpoint | requests/s | p50 | p90 | p99 |"
  echo "|---|---|---|---|---|"
  echo "| gateway (JWT, validation, event bus, catalog service) | $G | $(p gateway 50%) | $(p gateway 90%) | $(p gateway 99%) |"
  echo "| plain Vert.x + Postgres, same SQL | $B | $(p baseline 50%) | $(p baseline 90%) | $(p baseline 99%) |"
  echo
  echo "Gateway / baseline throughput: **$RATIO** (goal: at least 0.50)."
} >> BENCHMARKS.md
tail -12 BENCHMARKS.md
