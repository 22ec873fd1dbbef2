#!/usr/bin/env bash
# The benefit engine alone, in one thread, over one customer's 1,000 VMs for 60 days (1.44 million usage hours):
# 40 reservations, then the same with 6 savings plans after them, in the same run. Compiles domain and bench.
# Appends the figures and this command to BENCHMARKS.md.
#   bash bench/engine.sh            (MVN_FLAGS=-o to build offline)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d /tmp/rvi-engine-bench.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
[ -f app/target/app.jar ] || ./mvnw -q -B ${MVN_FLAGS:-} -DskipTests package
./mvnw -q -B ${MVN_FLAGS:-} -pl domain,bench compile
# The classes just compiled come first; the application's jar only lends the libraries (commons-csv for the bundled
# flexibility table), so a jar from an earlier build does not change what is measured.
java -Xmx512m -cp "domain/target/classes:bench/target/classes:app/target/app.jar" dev.rvi.bench.EngineBench | tee "$OUT/engine.txt"
v() { awk -F= -v k="$1" '$1==k {print $2}' "$OUT/engine.txt"; }
{
  echo
  echo "### The benefit engine alone, with and without savings plans — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`bash bench/engine.sh\`. Machine: $(nproc) cores, $(java -version 2>&1 | head -1); one thread, \`-Xmx512m\`."
  echo "Data: one customer, 1,000 VMs of 8 sizes in 2 regions and 3 subscriptions, 60 days = $(v usageHours) usage hours in columns;"
  echo "40 reservations; then $(v savingsPlans) savings plans after them (2 Single, 4 Shared, 1 and 3 years, 2 in force for part of the window)."
  echo
  echo "| measure | result | goal |"
  echo "|---|---|---|"
  echo "| benefit engine alone, one thread, 40 reservations | $(v engineUsageHoursPerSecond) usage hours/s ($(v engineSecondsPerRun) s per run) | ≥ 5,000,000 / s per core |"
  echo "| the same with $(v savingsPlans) savings plans after the reservations | $(v engineWithPlansUsageHoursPerSecond) usage hours/s ($(v engineWithPlansSecondsPerRun) s per run) | ≥ 5,000,000 / s per core |"
  echo "| heap in use after the runs | $(v heapUsedMb) MB of $(v maxHeapMb) MB | < 512 MB |"
} >> BENCHMARKS.md
tail -12 BENCHMARKS.md
