#!/usr/bin/env bash
# Usage at scale: one customer with 1,000 VMs over 60 days (1.44 million usage hours). Measures
# ingest through the API, utilization and recommendations on a server limited to a 512 MB heap, and
# the benefit engine alone in one thread (reservations only, then with savings plans; bench/engine.sh
# runs only that). Appends the figures and this command to BENCHMARKS.md.
#   bash bench/usage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
./mvnw -q -B -DskipTests clean package   # clean: a jar left from an earlier build must not be measured
DATA=$(mktemp -d /tmp/rvi-usage-bench.XXXXXX)
chmod 755 "$DATA"
PORT=18090
cleanup() { kill $SERVER 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
RVI_ACCESS_LOG=false java -Xmx512m -jar app/target/app.jar serve --data-dir "$DATA" --http-port $PORT --host 127.0.0.1 > "$DATA/serve.log" 2>&1 &
SERVER=$!
for i in $(seq 1 120); do curl -sf localhost:$PORT/health >/dev/null 2>&1 && break; sleep 1; done
TOKEN=$(java -jar app/target/app.jar token --partner 5d9b1c6e-0000-4000-8000-00000000c001 --roles AdminAgent --ttl 2h --data-dir "$DATA")
H="Authorization: Bearer $TOKEN"
usage_customer bench.example
java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.UsageIngestBench "http://127.0.0.1:$PORT" "$TOKEN" "$C" "$S" \
  "$RESERVATION_PATH" | tee "$DATA/ingest.txt"
SERVER_RSS=$(ps -o rss= -p $SERVER | awk '{printf "%.0f", $1/1024}')
BLOCKED=$(grep -c "has been blocked" "$DATA/serve.log" || true)
java -Xmx512m -cp app/target/app.jar:bench/target/classes dev.rvi.bench.EngineBench | tee "$DATA/engine.txt"
v() { awk -F= -v k="$2" '$1==k {print $2}' "$DATA/$1.txt"; }
{
  echo
  echo "### Usage, utilization and sizing at scale — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`bash bench/usage.sh\`. Machine: $(nproc) cores, $(java -version 2>&1 | head -1); server (\`-Xmx512m\`), Postgres and client on this machine."
  echo "Data: one customer, 1,000 VMs of 8 sizes in 2 regions, 60 days of hourly usage = $(v ingest records) records, sent in $(v ingest requests) requests of 20,000 over 2 connections; 50 reservations held."
  echo
  echo "| measure | result | goal |"
  echo "|---|---|---|"
  echo "| ingest through the API (parse, check, dedupe, upsert) | $(v ingest ingestRecordsPerSecond) records/s ($(v ingest ingestSeconds) s) | ≥ 50,000 records/s |"
  echo "| utilization of one reservation, 60 days daily | $(v ingest utilization60DaysSeconds) s | |"
  echo "| reservation overview (daily roll-up), first read after the ingest | $(v ingest overviewFirstSeconds) s | |"
  echo "| reservation overview, $(v ingest overviewCount) reads one after another: p50 / p99 | $(v ingest overviewP50Ms) ms / $(v ingest overviewP99Ms) ms | p99 ≤ 20 ms |"
  echo "| daily utilization over 30 days (the same roll-up), $(v ingest engine30DaysCount) reads: p50 / p99 | $(v ingest engine30DaysP50Ms) ms / $(v ingest engine30DaysP99Ms) ms | ≤ 50 ms |"
  echo "| baseline in the same run: the benefit engine over 60 days (recommendations, second call) | $(v ingest recommendations60DaysAgainSeconds) s | |"
  echo "| blocked-thread warnings from Vert.x in the server's log | ${BLOCKED} | 0 |"
  echo "| recommendations, 60-day look-back (first, then again) | $(v ingest recommendations60DaysSeconds) s, $(v ingest recommendations60DaysAgainSeconds) s | |"
  echo "| benefit engine alone, one thread, 40 reservations | $(v engine engineUsageHoursPerSecond) usage hours/s ($(v engine engineSecondsPerRun) s per run) | ≥ 5,000,000 / s per core |"
  echo "| the same with $(v engine savingsPlans) savings plans after the reservations | $(v engine engineWithPlansUsageHoursPerSecond) usage hours/s ($(v engine engineWithPlansSecondsPerRun) s per run) | ≥ 5,000,000 / s per core |"
  echo "| engine heap in use after the run (1.44 M records in columns) | $(v engine heapUsedMb) MB of $(v engine maxHeapMb) MB | < 512 MB |"
  echo "| server resident memory after ingest and queries (-Xmx512m) | ${SERVER_RSS} MB | |"
} >> BENCHMARKS.md
tail -15 BENCHMARKS.md
