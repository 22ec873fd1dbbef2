#!/usr/bin/env bash
# The reserved-instance search at real size with price lists applied against the same search without them, side by
# side in one run on one server: the sheet generated as bench/catalog-search.sh does (about 150,000 prices) and loaded
# through the API, then catalog-search.sh's four shapes with wrk, each (a) as the reseller while nobody has a list in
# force (the baseline: no directory, no books), (b) as the reseller with its provider's default list and its own
# customer list in force (two lists: cost and price) and as the provider naming the reseller (resellerId: cost,
# price and customer price). Lists through the API (bench/PriceListSetup): the provider's a blanket markup, rules by
# region, series, term and kind, and a few hundred fixed prices; the reseller's its own rules and 100 fixed prices.
# Measured in the order a, b, b, a (the lists made and assigned after the first a, ended before the last), so a
# drift of the machine weighs on both sides alike; each ratio is b's mean over a's. Checks that (b) answers carry
# the tiers' prices and (a) none. Appends the figures and this command to BENCHMARKS.md; fails on any non-2xx.
#   bash bench/price-lists.sh [duration-seconds] [connections] [fixed-prices]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${2:-64}
FIXED=${3:-300}
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else echo "install wrk first" >&2; exit 1; fi
fi
./mvnw -q -B -DskipTests clean package   # clean: a jar left from an earlier build must not be measured
DATA=$(mktemp -d /tmp/rvi-bench.XXXXXX)
chmod 755 "$DATA"
PORT=18080
BASE="http://127.0.0.1:$PORT"
cleanup() { kill ${SERVER:-} 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
PROVIDER_ID=5d9b1c6e-0000-4000-8000-00000000f002   # Fabrikam Distribution, an indirect provider in the demo
RESELLER_ID=5d9b1c6e-0000-4000-8000-00000000a003   # Northwind Traders IT, its reseller

mkdir -p "$DATA/real" "$DATA/sheet"; chmod 755 "$DATA/real"
java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.PriceSheetGenerator "$DATA/sheet" 60 1 2> "$DATA/generated.txt" > /dev/null
RVI_RATE_LIMIT_PER_MINUTE=0 RVI_RATE_LIMIT_PER_ADDRESS_PER_MINUTE=0 RVI_ACCESS_LOG=false java -Xmx1g -jar app/target/app.jar serve \
  --data-dir "$DATA/real" --http-port $PORT --host 127.0.0.1 > "$DATA/real/serve.log" 2>&1 &
SERVER=$!
for i in $(seq 1 180); do curl -sf localhost:$PORT/health >/dev/null 2>&1 && break; sleep 1; done
token() { java -jar app/target/app.jar token --partner "$1" --roles "$2" --ttl 2h --data-dir "$DATA/real"; }
OPERATOR=$(token operator Operator)
curl -sf -H "Authorization: Bearer $OPERATOR" -H 'Content-Type: application/json' --data-binary @"$DATA/sheet/prices.json" \
  "localhost:$PORT/v1/admin/priceSheets?name=generated" > "$DATA/load.json"
LOADED=$(grep -o '"rowsLoaded":[0-9]*' "$DATA/load.json" | cut -d: -f2)
RESELLER=$(token $RESELLER_ID SalesAgent)
PROVIDER=$(token $PROVIDER_ID SalesAgent)
setup() { java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.PriceListSetup "$BASE" "$(token $PROVIDER_ID AdminAgent)" \
  "$(token $RESELLER_ID AdminAgent)" "$@"; }

SHAPES=(
  "first page|/v1/reservedInstances?country=US&size=20"
  "region + term + cores by price|/v1/reservedInstances?country=US&armRegionName=eastus&term=P1Y&minCores=4&sort=price&size=20"
  "text q|/v1/reservedInstances?country=US&q=d4s&size=20"
  "sorted by savings|/v1/reservedInstances?country=US&sort=savings&size=20"
)
# The sides: (a) and (b) as the reseller, (b) also as the provider naming the reseller.
url() { # side shape-index
  local u=${SHAPES[$2]#*|}
  if [ "$1" = provider ]; then echo "$u&resellerId=$RESELLER_ID"; else echo "$u"; fi
}
tok() { if [ "$1" = provider ]; then echo "$PROVIDER"; else echo "$RESELLER"; fi; }
# What an answer must carry: nothing of the tiers without lists; cost and price as the reseller; the customer's too
# as the provider.
check() { # side shape-index expect(none|prices|customer)
  local body; body=$(curl -sf -H "Authorization: Bearer $(tok "$1")" "localhost:$PORT$(url "$1" "$2")")
  case $3 in
    none) ! grep -q '"prices"' <<< "$body" ;;
    prices) grep -q '"prices":{"cost"' <<< "$body" && ! grep -q '"customerPrice"' <<< "$body" ;;
    customer) grep -q '"customerPrice"' <<< "$body" ;;
  esac || { echo "FAILED: $1 $(url "$1" "$2") should carry $3: ${body:0:600}" >&2; exit 1; }
}
run() { # name side shape-index
  local u; u="$BASE$(url "$2" "$3")"
  wrk -t2 -c"$CONNECTIONS" -d2s -H "Authorization: Bearer $(tok "$2")" "$u" > /dev/null   # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $(tok "$2")" "$u" > "$DATA/$1.txt"
  if grep -q "Non-2xx\|Socket errors" "$DATA/$1.txt"; then
    cat "$DATA/$1.txt" >&2; echo "FAILED: $1 had non-2xx answers or socket errors" >&2; exit 1
  fi
}
rps() { awk '/Requests\/sec/ {print $2}' "$DATA/$1.txt"; }
p() { awk -v q="$2" '$1==q {print $2}' "$DATA/$1.txt"; }
round_none() { # round
  for i in "${!SHAPES[@]}"; do check reseller "$i" none; run "none-$1-$i" reseller "$i"; done
}
round_lists() { # round
  for i in "${!SHAPES[@]}"; do
    check reseller "$i" prices; run "reseller-$1-$i" reseller "$i"
    check provider "$i" customer; run "provider-$1-$i" provider "$i"
  done
}
sleep 3
# The code paths of both sides warmed (JIT) before anything is measured; the lists are made after the first round.
for i in "${!SHAPES[@]}"; do wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $RESELLER" "$BASE$(url reseller "$i")" > /dev/null; done
round_none 1
eval "$(setup create "$FIXED")"
setup assign "$PROVIDER_LIST" "$RESELLER_LIST"
for i in "${!SHAPES[@]}"; do
  for side in reseller provider; do wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $(tok $side)" "$BASE$(url $side "$i")" > /dev/null; done
done
round_lists 1
round_lists 2
setup unassign "$PROVIDER_LIST" "$RESELLER_LIST"
round_none 2
BLOCKED=$(grep -c "has been blocked" "$DATA/real/serve.log" || true)

mean() { awk -v a="$(rps "$1-1-$2")" -v b="$(rps "$1-2-$2")" 'BEGIN {printf "%.0f", (a+b)/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
ROWS=""
MIN=""
for i in "${!SHAPES[@]}"; do
  NAME=${SHAPES[$i]%%|*}; URL=${SHAPES[$i]#*|}
  A=$(mean none "$i"); R=$(mean reseller "$i"); P=$(mean provider "$i")
  RR=$(ratio "$R" "$A"); PR=$(ratio "$P" "$A")
  MIN=$(printf '%s\n' $MIN "$RR" "$PR" | sort -n | head -1)
  ROWS="$ROWS
| $NAME: \`${URL#/v1/reservedInstances}\` | $A ($(rps none-1-$i), $(rps none-2-$i)) | $(p none-1-$i 99%), $(p none-2-$i 99%) | $R ($(rps reseller-1-$i), $(rps reseller-2-$i)) | $(p reseller-1-$i 99%), $(p reseller-2-$i 99%) | **$RR** | $P ($(rps provider-1-$i), $(rps provider-2-$i)) | $(p provider-1-$i 99%), $(p provider-2-$i 99%) | **$PR** |"
done

{
  echo
  echo "### Catalog search with price lists applied against the same search without them, at real size — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`bash bench/price-lists.sh $DURATION $CONNECTIONS $FIXED\` (wrk, 2 threads, $CONNECTIONS connections, ${DURATION}s after a 2s warm-up, each"
  echo "shape and side measured twice in the order a, b, b, a). Machine: $(nproc) cores, $(java -version 2>&1 | head -1); server (\`-Xmx1g\`),"
  echo "Postgres and wrk all on this machine. Real size: $(cat "$DATA/generated.txt"), loaded through the API (rowsLoaded $LOADED)."
  echo "(a) Northwind (reseller, SalesAgent) while no list is in force for anyone; (b) Fabrikam's default list for its resellers"
  echo "($PROVIDER_RULES rules: a blanket markup, by region, series, term, kind and all four; $PROVIDER_FIXED fixed prices, the shapes' first pages among them)"
  echo "and Northwind's default list for its customers ($RESELLER_RULES rules, $RESELLER_FIXED fixed prices) in force: as Northwind (cost and price: two lists)"
  echo "and as Fabrikam with \`&resellerId=\` Northwind (cost, price and customer price: three tiers of prices)."
  echo
  echo "| shape | (a) no lists: requests/s (runs) | p99 | (b) reseller, 2 lists | p99 | ratio | (b) provider + resellerId, 3 tiers | p99 | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|"
  echo "${ROWS#?}"
  echo
  echo "Lowest ratio of (b) to (a): **$MIN** (goal ≥ 0.90). Blocked-thread warnings in the server's log: $BLOCKED."
} >> BENCHMARKS.md
tail -16 BENCHMARKS.md
