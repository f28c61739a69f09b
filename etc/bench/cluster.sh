#!/usr/bin/env bash
# Throughput scaling, one node vs two behind HAProxy, on the same machine:  etc/bench/cluster.sh
#
# Starts a 2-node cluster (etc/cluster.sh, its own database stayhub_bench_cluster, recreated) on the shared cores,
# loads BENCH_LISTINGS generated listings (default 20000; etc/bench/generate-listings.sql) for the search mix
# (etc/bench/search-mix.txt, the shipped search cache) and seeds BENCH_BOOK_LISTINGS listings and 10 guests through
# the API for booking creation (etc/bench/booking.sh's request shape: every request its own slot, so each is a 201).
# Then, for BENCH_ROUNDS rounds (default 2), interleaved so the machine's load drifts over both alike:
#   one node : wrk straight at node 1 (node 2 up and idle)
#   two nodes: wrk at HAProxy, round robin over both
# each for BENCH_SECONDS (default 15) after a 5 s warm-up, BENCH_CONNECTIONS connections (default 16), 2 threads.
# Prints per run: req/s, p99, the nodes' RSS and the load average; then per workload the mean of each setting, the
# ratio two/one, the target (>= 0.9: sharing must cost little) and a verdict line. Stops the cluster at the end.
# The machine's 2 cores are shared with everything else running: read the ratio, not the absolute figures.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
N="${BENCH_LISTINGS:-20000}"
BOOK_LISTINGS="${BENCH_BOOK_LISTINGS:-200}"
SECS="${BENCH_SECONDS:-15}"
ROUNDS="${BENCH_ROUNDS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
TARGET=0.9
say() { echo "bench: $*" >&2; }

export STAYHUB_CLUSTER_DB=stayhub_bench_cluster STAYHUB_CLUSTER_NODES=2
bash etc/cluster.sh status >/dev/null 2>&1 && { say "a cluster is running on these ports; stop it first (etc/cluster.sh stop)"; exit 1; }
command -v wrk >/dev/null || { say "installing wrk"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
WORK="$(mktemp -d)"
cleanup() { bash "$REPO/etc/cluster.sh" stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

say "starting the cluster (fresh database $STAYHUB_CLUSTER_DB)"
STAYHUB_CLUSTER_FRESH=1 bash etc/cluster.sh start >"$WORK/cluster.env"
eval "$(cat "$WORK/cluster.env")"
LB="$STAYHUB_CLUSTER_URL"
NODE1="${STAYHUB_CLUSTER_NODE_URLS%%,*}"
export PGHOST=127.0.0.1 PGPORT="${STAYHUB_PG_PORT:-54329}" PGUSER=stayhub PGPASSWORD=stayhub
DB="$STAYHUB_CLUSTER_DATABASE"

say "generating $N listings"
PGOPTIONS="-c stayhub.gen_n=$N" psql -d "$DB" -q -v ON_ERROR_STOP=1 -f etc/bench/generate-listings.sql >/dev/null
psql -d "$DB" -qc "VACUUM ANALYZE listings.listings" >/dev/null

# The search mix as paths, round-robin (etc/bench/search.sh's mix.lua).
paths=()
while IFS=$'\t' read -r name query; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  q="$query"
  while [[ "$q" =~ \{\+([0-9]+)\} ]]; do q="${q/${BASH_REMATCH[0]}/$(date -u -d "+${BASH_REMATCH[1]} days" +%F)}"; done
  paths+=("/api/listings${q:+?$q}")
  status="$(curl -s -o /dev/null -w '%{http_code}' "$LB/api/listings${q:+?$q}")"
  [[ "$status" == 200 ]] || { say "$name answered $status"; exit 1; }
done < etc/bench/search-mix.txt
lua_list() { local out=""; for p in "$@"; do out+="\"$p\","; done; echo "{${out%,}}"; }
cat >"$WORK/mix.lua" <<LUA
local paths = $(lua_list "${paths[@]}")
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA

# Booking creation: listings and guests through the API (etc/bench/booking.sh's seeding, on the balancer).
PASSWORD=Blue-Harbour-Lights-88
token() {
  curl -fs -X POST "$LB/connect/token" -H "X-Forwarded-For: 10.9.$((RANDOM % 250)).$((RANDOM % 250))" \
    -d 'grant_type=password&client_id=stayhub-app&scope=openid' \
    --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" | jq -r .access_token
}
register() {
  curl -fs -X POST "$LB/api/account/register" -H 'content-type: application/json' -H "X-Forwarded-For: 10.8.$((RANDOM % 250)).$((RANDOM % 250))" \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\",\"displayName\":\"Bench\"}" >/dev/null
  token "$1"
}
say "seeding $BOOK_LISTINGS listings and 10 guests for booking creation"
run_id="$$"
HOST_TOKEN="$(register "bench-host-$run_id@stayhub.test")"
curl -fs -X POST "$LB/api/account/become-host" -H "Authorization: Bearer $HOST_TOKEN" >/dev/null
HOST_TOKEN="$(token "bench-host-$run_id@stayhub.test")"
: >"$WORK/listings.txt"
for i in $(seq 1 "$BOOK_LISTINGS"); do
  curl -fs -X POST "$LB/api/listings" -H "Authorization: Bearer $HOST_TOKEN" -H 'content-type: application/json' -d "{
    \"title\":\"Bench flat $i\",\"description\":\"A flat for the cluster benchmark.\",\"propertyType\":\"apartment\",
    \"address\":{\"line1\":\"Rua $i\",\"city\":\"Lisbon\",\"region\":\"Lisboa\",\"postalCode\":\"1100-001\",\"country\":\"PT\"},
    \"location\":{\"lat\":38.71,\"lng\":-9.14},\"maxGuests\":4,\"bedrooms\":1,\"beds\":1,\"bathrooms\":1,
    \"nightlyPrice\":{\"amount\":10000,\"currency\":\"EUR\"},\"cleaningFee\":{\"amount\":3000,\"currency\":\"EUR\"},
    \"amenities\":[],\"minNights\":1,\"maxNights\":30,\"instantBook\":true,\"cancellationPolicy\":\"flexible\",
    \"checkInTime\":\"15:00\",\"checkOutTime\":\"11:00\",\"houseRules\":null}" | jq -r .id >>"$WORK/listings.txt"
done
: >"$WORK/tokens.txt"
for i in $(seq 1 10); do register "bench-guest-$run_id-$i@stayhub.test" >>"$WORK/tokens.txt"; done
START_DAY="$(date -u -d '+1 days' +%Y-%m-%d)"
# Each run books from its own day offset (DAY_OFFSET, 40 days apart: well inside the 730-day horizon for 4 rounds),
# so no run meets another's stays; thread t owns listings
# t, t+2, ...; each round of them moves 2 nights on (booking.sh's throughput phase).
cat >"$WORK/book.lua" <<LUA
local listings, tokens = {}, {}
for l in io.lines("$WORK/listings.txt") do listings[#listings + 1] = l end
for l in io.lines("$WORK/tokens.txt") do tokens[#tokens + 1] = l end
local y, m, d = ("$START_DAY"):match("(%d+)-(%d+)-(%d+)")
local start = os.time({ year = y, month = m, day = d, hour = 12 }) + (tonumber(os.getenv("DAY_OFFSET") or "0")) * 86400
local counter = 0
local threads = {}
function setup(thread) thread:set("id", #threads); threads[#threads + 1] = thread end
local function day(offset) return os.date("!%Y-%m-%d", start + offset * 86400) end
function request()
  local own = {}
  for i = id + 1, #listings, 2 do own[#own + 1] = listings[i] end
  local k = counter % #own
  local from = 2 * math.floor(counter / #own)
  counter = counter + 1
  local body = string.format('{"listingId":"%s","checkIn":"%s","checkOut":"%s","guests":1}', own[k + 1], day(from), day(from + 2))
  return wrk.format("POST", "/api/bookings", {
    ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[(id + counter) % #tokens + 1] }, body)
end
created = 0
function response(status) if status == 201 then created = created + 1 end end
function done(summary, latency, requests)
  local c = 0
  for _, t in ipairs(threads) do c = c + t:get("created") end
  io.write(string.format("RESULT created=%d requests=%d\n", c, summary.requests))
end
LUA

rss_mb() { local f pid total=""; for f in .data/cluster/node-1.pid .data/cluster/node-2.pid; do pid="$(cat "$f")"; total+="$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status") MB "; done; echo "${total% }"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# run <workload> <setting> <url> <round>: warm-up, then the measured run; appends "workload setting req/s p99_ms" to results.
day_offset=0
: >"$WORK/results.txt"
run() {
  local workload="$1" setting="$2" url="$3" out="$WORK/$1-$2-$4.txt" script rate p99 extra=""
  script="$WORK/mix.lua"; [[ "$workload" == booking ]] && script="$WORK/book.lua"
  DAY_OFFSET=$day_offset wrk -t2 -c"$CONNECTIONS" -d5s -s "$script" "$url" >/dev/null
  [[ "$workload" == booking ]] && day_offset=$((day_offset + 40))
  local before; before="$(load)"
  DAY_OFFSET=$day_offset wrk -t2 -c"$CONNECTIONS" -d"${SECS}s" --latency -s "$script" "$url" >"$out"
  [[ "$workload" == booking ]] && day_offset=$((day_offset + 40))
  rate="$(awk '/Requests\/sec/ {print $2}' "$out")"
  p99="$(awk '$1 == "99%" {v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v}' "$out")"
  if [[ "$workload" == booking ]]; then
    local created requests; created="$(grep -oP 'RESULT created=\K\d+' "$out")"; requests="$(grep -oP 'requests=\K\d+' "$out")"
    rate="$(awk -v c="$created" -v s="$SECS" 'BEGIN { printf "%.1f", c / s }')"
    extra=", $created of $requests answered 201"
  fi
  local errors; errors="$(grep -h "Non-2xx\|Socket errors" "$out" | tr -s ' ' | tr '\n' ';' || true)"
  echo "$workload $setting $rate $p99" >>"$WORK/results.txt"
  printf 'round %s %-7s %-9s: %8s req/s  p99 %7s ms  RSS node1/node2 %s  load before %s%s%s\n' \
    "$4" "$workload" "$setting" "$rate" "$p99" "$(rss_mb)" "$before" "$extra" "${errors:+  ($errors)}"
}

echo
echo "== cluster scaling benchmark: $(nproc) cores shared, $CONNECTIONS connections, ${SECS} s per run, $ROUNDS rounds interleaved"
for r in $(seq 1 "$ROUNDS"); do
  run search one-node "$NODE1" "$r"
  run search two-nodes "$LB" "$r"
  run booking one-node "$NODE1" "$r"
  run booking two-nodes "$LB" "$r"
done

echo
verdict=PASS
for w in search booking; do
  one="$(awk -v w="$w" '$1 == w && $2 == "one-node" { s += $3; n++ } END { printf "%.1f", s / n }' "$WORK/results.txt")"
  two="$(awk -v w="$w" '$1 == w && $2 == "two-nodes" { s += $3; n++ } END { printf "%.1f", s / n }' "$WORK/results.txt")"
  p99one="$(awk -v w="$w" '$1 == w && $2 == "one-node" && $4 > m { m = $4 } END { print m }' "$WORK/results.txt")"
  p99two="$(awk -v w="$w" '$1 == w && $2 == "two-nodes" && $4 > m { m = $4 } END { print m }' "$WORK/results.txt")"
  ratio="$(awk -v a="$two" -v b="$one" 'BEGIN { printf "%.2f", a / b }')"
  ok="$(awk -v r="$ratio" -v t="$TARGET" 'BEGIN { print (r >= t) ? "PASS" : "FAIL" }')"
  [[ "$ok" == PASS ]] || verdict=FAIL
  printf '%-7s: one node %8s req/s (worst p99 %s ms), two nodes %8s req/s (worst p99 %s ms); ratio two/one %s (target >= %s) %s\n' \
    "$w" "$one" "$p99one" "$two" "$p99two" "$ratio" "$TARGET" "$ok"
done
echo "RSS now: node1/node2 $(rss_mb); load average now: $(load)"
echo "VERDICT cluster scaling: $verdict"
