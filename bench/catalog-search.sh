#!/usr/bin/env bash
# The reserved-instance search through the gateway (token check, validation, event bus, catalog service and its
# in-memory index) against a plain Vert.x endpoint answering one single-row Postgres query, in four shapes, with
# wrk on this machine; then the same four on the bundled sample sheet. At real size the sheet is generated
# (every Standard_* size of the flexibility table in 60 regions: about 150,000 rows, 89 MB) and loaded through
# the API, streamed, measuring rows/s and the server's peak heap. Appends the figures and this command to
# BENCHMARKS.md. Fails on any non-2xx answer (the per-tenant rate limit is off: one tenant sends all the load).
#   bash bench/catalog-search.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
CONNECTIONS=${2:-64}
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else echo "install wrk first" >&2; exit 1; fi
fi
./mvnw -q -B -DskipTests clean package   # clean: a jar left from an earlier build must not be measured
DATA=$(mktemp -d /tmp/rvi-bench.XXXXXX)
chmod 755 "$DATA"
GATEWAY_PORT=18080
BASELINE_PORT=18081
cleanup() { kill ${SERVER:-} ${BASELINE:-} 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

start_server() { # data-dir
  RVI_RATE_LIMIT_PER_MINUTE=0 RVI_RATE_LIMIT_PER_ADDRESS_PER_MINUTE=0 RVI_ACCESS_LOG=false java -Xmx1g -jar app/target/app.jar serve --data-dir "$1" --http-port $GATEWAY_PORT \
    --host 127.0.0.1 > "$1/serve.log" 2>&1 &
  SERVER=$!
  for i in $(seq 1 180); do curl -sf localhost:$GATEWAY_PORT/health >/dev/null 2>&1 && break; sleep 1; done
  PGDIR="$1/postgres"; [ -f "$PGDIR/postmaster.pid" ] || PGDIR=$(ls -d /var/tmp/rvi-postgres-* | head -1)
  PG_PORT=$(sed -n 4p "$PGDIR/postmaster.pid")
}
start_baseline() {
  java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.BaselineCatalogEndpoint $BASELINE_PORT "$PG_PORT" > "$DATA/baseline.log" 2>&1 &
  BASELINE=$!
  for i in $(seq 1 30); do curl -sf localhost:$BASELINE_PORT/ >/dev/null 2>&1 && break; sleep 1; done
}
stop_all() { kill $SERVER $BASELINE 2>/dev/null || true; wait $SERVER $BASELINE 2>/dev/null || true; SERVER=; BASELINE=; }

SHAPES=(
  "first page|/v1/reservedInstances?country=US&size=20"
  "region + term + cores by price|/v1/reservedInstances?country=US&armRegionName=eastus&term=P1Y&minCores=4&sort=price&size=20"
  "text q|/v1/reservedInstances?country=US&q=d4s&size=20"
  "sorted by savings|/v1/reservedInstances?country=US&sort=savings&size=20"
)
# Counts non-2xx answers: wrk reports them as "Non-2xx or 3xx responses".
run() { # name url [header]
  wrk -t2 -c"$CONNECTIONS" -d3s ${3:+-H "$3"} "$2" >/dev/null   # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${3:+-H "$3"} "$2" > "$DATA/$1.txt"
  if grep -q "Non-2xx" "$DATA/$1.txt" || { [[ "$1" != baseline-* ]] && grep -q "Socket errors" "$DATA/$1.txt"; }; then
    cat "$DATA/$1.txt" >&2; echo "FAILED: $1 had non-2xx answers or socket errors" >&2; exit 1
  fi
}
rps() { awk '/Requests\/sec/ {print $2}' "$DATA/$1.txt"; }
p() { awk -v q="$2" '$1==q {print $2}' "$DATA/$1.txt"; }
alone() { # url token: the median of 20 requests one after another, in ms
  for i in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $2" "localhost:$GATEWAY_PORT$1"; done \
    | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]*1000}'
}
measure() { # label
  TOKEN=$(java -jar app/target/app.jar token --partner 5d9b1c6e-0000-4000-8000-00000000c001 --roles SalesAgent --data-dir "$1")
  # The gateway's code paths warmed (JIT) over every shape before anything is measured.
  for shape in "${SHAPES[@]}"; do
    wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$GATEWAY_PORT${shape#*|}" > /dev/null
  done
  start_baseline
  run "baseline-$2" "http://127.0.0.1:$BASELINE_PORT/"
  B=$(rps "baseline-$2")
  ROWS="| plain Vert.x + one single-row Postgres query (baseline) | $B | $(p "baseline-$2" 50%) | $(p "baseline-$2" 99%) | | 1.00 |"
  i=0
  for shape in "${SHAPES[@]}"; do
    NAME=${shape%%|*}; URL=${shape#*|}; i=$((i+1))
    curl -sf -H "Authorization: Bearer $TOKEN" "localhost:$GATEWAY_PORT$URL" > /dev/null
    run "$2-$i" "http://127.0.0.1:$GATEWAY_PORT$URL" "Authorization: Bearer $TOKEN"
    G=$(rps "$2-$i")
    ROWS="$ROWS
| $NAME: \`${URL#/v1/reservedInstances}\` | $G | $(p "$2-$i" 50%) | $(p "$2-$i" 99%) | $(alone "$URL" "$TOKEN") ms | $(awk -v g="$G" -v b="$B" 'BEGIN {printf "%.2f", g/b}') |"
  done
  kill $BASELINE; wait $BASELINE 2>/dev/null || true; BASELINE=
}

# Real size: generated, loaded through the API (streamed), searched.
mkdir -p "$DATA/real" "$DATA/sheet"; chmod 755 "$DATA/real"
java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.PriceSheetGenerator "$DATA/sheet" 60 1 2> "$DATA/generated.txt" > /dev/null
SHEET="$DATA/sheet/prices.json"
start_server "$DATA/real"
OPERATOR=$(java -jar app/target/app.jar token --partner operator --roles Operator --ttl 2h --data-dir "$DATA/real")
PEAK=0
( while kill -0 $SERVER 2>/dev/null; do jstat -gc $SERVER | awk 'NR==2 {printf "%.0f\n", ($3+$4+$6+$8)/1024}'; sleep 0.5; done ) > "$DATA/heap.txt" &
SAMPLER=$!
BEGAN=$(date +%s.%N)
curl -sf -H "Authorization: Bearer $OPERATOR" -H 'Content-Type: application/json' --data-binary @"$SHEET" \
  "localhost:$GATEWAY_PORT/v1/admin/priceSheets?name=generated" > "$DATA/load.json"
ENDED=$(date +%s.%N)
kill $SAMPLER 2>/dev/null || true
LOADED=$(grep -o '"rowsLoaded":[0-9]*' "$DATA/load.json" | cut -d: -f2)
READ=$(grep -o '"rowsRead":[0-9]*' "$DATA/load.json" | cut -d: -f2)
LOAD_SECONDS=$(awk -v a="$BEGAN" -v b="$ENDED" 'BEGIN {printf "%.1f", b-a}')
LOAD_RATE=$(awk -v r="$READ" -v s="$LOAD_SECONDS" 'BEGIN {printf "%.0f", r/s}')
PEAK=$(sort -n "$DATA/heap.txt" | tail -1)
SHEET_MB=$(du -m "$SHEET" | cut -f1)
sleep 3
measure "$DATA/real" real
REAL_ROWS=$ROWS
BLOCKED_REAL=$(grep -c "has been blocked" "$DATA/real/serve.log" || true)
stop_all

# The sample sheet (5,040 rows): the gateway's own overhead.
mkdir -p "$DATA/sample"; chmod 755 "$DATA/sample"
start_server "$DATA/sample"
measure "$DATA/sample" sample
SAMPLE_ROWS=$ROWS
BLOCKED_SAMPLE=$(grep -c "has been blocked" "$DATA/sample/serve.log" || true)
stop_all

{
  echo
  echo "### Catalog search at real size and on the sample sheet, against a single-row query — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`bash bench/catalog-search.sh $DURATION $CONNECTIONS\` (wrk, 2 threads, $CONNECTIONS connections, ${DURATION}s after a 3s warm-up)."
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); server (\`-Xmx1g\`), baseline, Postgres and wrk all on this machine."
  echo "Real size: $(cat "$DATA/generated.txt") ($SHEET_MB MB), generated by \`bench/PriceSheetGenerator\`."
  echo
  echo "Price-sheet load through the API (\`POST /v1/admin/priceSheets\`, streamed): $READ rows read, $LOADED loaded in $LOAD_SECONDS s"
  echo "= **$LOAD_RATE rows/s** (goal ≥ 50,000); peak heap in use during the load **$PEAK MB** (jstat, every 0.5 s)."
  echo
  echo "| real size: endpoint | requests/s | p50 | p99 | alone (median of 20) | ratio to baseline |"
  echo "|---|---|---|---|---|---|"
  echo "$REAL_ROWS"
  echo
  echo "| sample sheet: endpoint | requests/s | p50 | p99 | alone (median of 20) | ratio to baseline |"
  echo "|---|---|---|---|---|---|"
  echo "$SAMPLE_ROWS"
  echo
  echo "Targets: ratio ≥ 1.0 for every shape, p99 ≤ 25 ms, alone ≤ 5 ms; 0 non-2xx (the script fails otherwise)."
  echo "Blocked-thread warnings in the server's log: $BLOCKED_REAL (real size), $BLOCKED_SAMPLE (sample)."
} >> BENCHMARKS.md
tail -24 BENCHMARKS.md
