#!/usr/bin/env bash
# Booking creation throughput against a StayHub host on loopback, then a SQL check that no two held stays of a
# listing overlap. Uses its own database (stayhub_bench_booking, recreated each run) on the etc/services.sh cluster.
#
#   etc/bench/booking.sh            # defaults: 100 listings, 10 guests, 4 wrk threads, 32 connections, 15 s warm-up, 20 s
#   DURATION=30s CONNECTIONS=64 WARMUP=0 PACED_SECONDS=10 etc/bench/booking.sh
#
# Targets (issue 18): >= 1,000 bookings/s closed loop; p99 < 100 ms at 300/s paced (open loop); 0 overlaps.
# The host listens on a free loopback port (BENCH_PORT to pin one); the services are this checkout's (etc/services.sh:
# STAYHUB_PG_PORT, STAYHUB_REDIS_PORT). The booking horizon is raised to 10 years (Booking__MaxAdvance) so every
# phase books dates of its own.
#
# Warm-up: the same booking requests (dates ~6 years out, so they meet nothing later) before measuring. A fresh
#   host runs tier-0 JIT code with its tiering thread competing for the same two cores as wrk and PostgreSQL; it
#   reaches steady throughput only after ~15-20 s of load, so an unwarmed 20 s run measures mostly start-up.
# Phase 1 (throughput): every request books a slot no other request asks for (listing and 2-night window
#   partitioned per connection), so each should be a 201; bookings/s = 201 answers per second.
# Paced (open loop, etc/bench/BookingLoad): requests due at a fixed rate whatever the answers, latency from the due
#   time, each for PACED_SECONDS (default 15) on dates of its own: at PACED_RATE (default 300/s) and at 80 % of
#   phase 1's bookings/s; p50/p99/max per rate. Host CPU per booking (/proc) is printed for phase 1.
# Phase 2 (contention): all connections fight over 3 listings and random overlapping dates; most answers are 409.
# Finally: the overlap query must return 0, and every 201 must have its row.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

LISTINGS="${LISTINGS:-100}" GUESTS="${GUESTS:-10}" THREADS="${THREADS:-4}" CONNECTIONS="${CONNECTIONS:-32}" DURATION="${DURATION:-20s}" WARMUP="${WARMUP:-15s}"
PACED_SECONDS="${PACED_SECONDS:-15}" PACED_RATE="${PACED_RATE:-300}"
PORT="${BENCH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}"
DB=stayhub_bench_booking_$$
B="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"

# shellcheck source=etc/services.sh
source "$REPO/etc/services.sh" >/dev/null
SERVER_CS="$ConnectionStrings__Default"
PSQL_URL="postgresql://stayhub:stayhub@127.0.0.1:${STAYHUB_PG_PORT:-54329}"
psql "$PSQL_URL/stayhub" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null

echo "building host (Release)…"
dotnet build host/StayHub.Host -c Release -v q -nologo >/dev/null
dotnet build etc/bench/BookingLoad/BookingLoad.csproj -c Release -v q -nologo >/dev/null
LOAD_DLL="$REPO/etc/bench/BookingLoad/bin/Release/net10.0/BookingLoad.dll"
export ConnectionStrings__Default="${SERVER_CS/Database=stayhub/Database=$DB}"
export ConnectionStrings__Redis ASPNETCORE_URLS="$B" ASPNETCORE_ENVIRONMENT=Production Identity__RequireHttps=false
export Admin__Email=bench-admin@stayhub.test Admin__Password='Keeper-Of-Keys-2026' Cache__KeyPrefix="bench-booking:$$:"
export RateLimiting__Global__PermitLimit=100000000 RateLimiting__Auth__PermitLimit=100000000 Booking__MaxAdvance=3650.00:00:00
export Logging__LogLevel__Default=Warning Email__PickupFolder="$WORK/mail" Blob__FileSystem__Root="$WORK/blobs"
dotnet host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll >"$WORK/host.log" 2>&1 &
HOST_PID=$!
trap 'kill $HOST_PID 2>/dev/null; wait $HOST_PID 2>/dev/null; psql "$PSQL_URL/stayhub" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "$B/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$B/health/ready" >/dev/null || { echo "host did not start; log:"; tail -30 "$WORK/host.log"; exit 1; }

register() { # email → access token
  curl -fs -X POST "$B/api/account/register" -H 'content-type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"Blue-Harbour-Lights-88\",\"displayName\":\"Bench\"}" >/dev/null
  token "$1"
}
token() {
  curl -fs -X POST "$B/connect/token" -d 'grant_type=password&client_id=stayhub-app&scope=openid' \
    --data-urlencode "username=$1" --data-urlencode 'password=Blue-Harbour-Lights-88' | jq -r .access_token
}

echo "seeding $LISTINGS listings and $GUESTS guests…"
HOST_TOKEN="$(register bench-host@stayhub.test)"
curl -fs -X POST "$B/api/account/become-host" -H "Authorization: Bearer $HOST_TOKEN" >/dev/null
HOST_TOKEN="$(token bench-host@stayhub.test)"
: >"$WORK/listings.txt"
for i in $(seq 1 "$LISTINGS"); do
  curl -fs -X POST "$B/api/listings" -H "Authorization: Bearer $HOST_TOKEN" -H 'content-type: application/json' -d "{
    \"title\":\"Bench flat $i\",\"description\":\"A flat for the booking benchmark.\",\"propertyType\":\"apartment\",
    \"address\":{\"line1\":\"Rua $i\",\"city\":\"Lisbon\",\"region\":\"Lisboa\",\"postalCode\":\"1100-001\",\"country\":\"PT\"},
    \"location\":{\"lat\":38.71,\"lng\":-9.14},\"maxGuests\":4,\"bedrooms\":1,\"beds\":1,\"bathrooms\":1,
    \"nightlyPrice\":{\"amount\":10000,\"currency\":\"EUR\"},\"cleaningFee\":{\"amount\":3000,\"currency\":\"EUR\"},
    \"amenities\":[],\"minNights\":1,\"maxNights\":30,\"instantBook\":true,\"cancellationPolicy\":\"flexible\",
    \"checkInTime\":\"15:00\",\"checkOutTime\":\"11:00\",\"houseRules\":null}" | jq -r .id >>"$WORK/listings.txt"
done
: >"$WORK/tokens.txt"
for i in $(seq 1 "$GUESTS"); do register "bench-guest-$i@stayhub.test" >>"$WORK/tokens.txt"; done
START_DAY="$(date -u -d '+30 days' +%Y-%m-%d)"

cat >"$WORK/book.lua" <<LUA
local listings, tokens = {}, {}
for l in io.lines("$WORK/listings.txt") do listings[#listings + 1] = l end
for l in io.lines("$WORK/tokens.txt") do tokens[#tokens + 1] = l end
local mode = os.getenv("MODE")
local y, m, d = ("$START_DAY"):match("(%d+)-(%d+)-(%d+)")
local start = os.time({ year = y, month = m, day = d, hour = 12 }) + (tonumber(os.getenv("DAY_OFFSET") or "0")) * 86400
local counter, slot, nconn = 0, 0, 1
local threads = {}
function setup(thread) thread:set("id", #threads); threads[#threads + 1] = thread end
function init(args) counter = 0; math.randomseed(os.time() + id * 7919) end
local function day(offset) return os.date("!%Y-%m-%d", start + offset * 86400) end
function request()
  local listing, from, nights
  if mode == "contention" then
    listing = listings[math.random(1, 3)]; from = math.random(0, 60); nights = math.random(1, 4)
  else
    -- Thread t owns listings t, t+T, …; each round of its listings moves 2 nights on: no two requests meet.
    local own = {}
    for i = id + 1, #listings, $THREADS do own[#own + 1] = listings[i] end
    local k = counter % #own
    listing = own[k + 1]; from = 2 * math.floor(counter / #own); nights = 2
  end
  counter = counter + 1
  local body = string.format('{"listingId":"%s","checkIn":"%s","checkOut":"%s","guests":1}', listing, day(from), day(from + nights))
  return wrk.format("POST", "/api/bookings", {
    ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[(id + counter) % #tokens + 1] }, body)
end
-- Globals, not locals: done() reads each thread's copy through thread:get.
created, conflicts = 0, 0
function response(status) if status == 201 then created = created + 1 elseif status == 409 then conflicts = conflicts + 1 end end
function done(summary, latency, requests)
  local c, x = 0, 0
  for _, t in ipairs(threads) do c = c + t:get("created"); x = x + t:get("conflicts") end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT created=%d conflicts=%d other=%d seconds=%.1f bookings_per_s=%.0f p50_ms=%.1f p99_ms=%.1f\n",
    c, x, summary.requests - c - x, secs, c / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

echo "warm-up ($WARMUP, not counted in the throughput)"
if [[ "$WARMUP" != 0 ]]; then
  MODE=throughput DAY_OFFSET=2200 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/book.lua" "$B" | tee "$WORK/p0.txt" | grep -E "RESULT"
else
  echo "RESULT created=0" >"$WORK/p0.txt"
fi
echo "phase 1: throughput ($THREADS threads, $CONNECTIONS connections, $DURATION)"
TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
host_ticks() { awk '{print $14 + $15}' "/proc/$HOST_PID/stat"; }
h0=$(host_ticks)
MODE=throughput wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/book.lua" "$B" | tee "$WORK/p1.txt" | grep -E "RESULT|Latency|Requests/sec"
p1_host_ticks=$(( $(host_ticks) - h0 )); p1_load="$(cut -d' ' -f1 /proc/loadavg)"
P1_CREATED=$(grep -oP 'RESULT created=\K\d+' "$WORK/p1.txt"); P1_RATE=$(grep -oP 'bookings_per_s=\K\d+' "$WORK/p1.txt")
P1_P99=$(grep -oP 'p99_ms=\K[0-9.]+' "$WORK/p1.txt")
PACED80=$(( P1_RATE * 80 / 100 ))
paced() { # <rate> <day offset> <label>
  dotnet "$LOAD_DLL" "$B" "$WORK/listings.txt" "$WORK/tokens.txt" "$1" "$PACED_SECONDS" "$(date -u -d "+$(( 30 + $2 )) days" +%F)" "$3" \
    | tee -a "$WORK/paced.txt"
}
: >"$WORK/paced.txt"
# The lower rate first: a rate above what the host keeps up with leaves a backlog the next phase would wait behind.
echo "paced (open loop, ${PACED_SECONDS} s each): $PACED80/s (80 % of phase 1), then $PACED_RATE/s"
paced "$PACED80" 1500 "p80"; paced_load_80="$(cut -d' ' -f1 /proc/loadavg)"
sleep 3
paced "$PACED_RATE" 1000 "fixed"; paced_load_fixed="$(cut -d' ' -f1 /proc/loadavg)"
sleep 3
echo "phase 2: contention on 3 listings (10 s)"
MODE=contention wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$WORK/book.lua" "$B" | tee "$WORK/p2.txt" | grep -E "RESULT"

OVERLAPS="$(psql "$PSQL_URL/$DB" -tAc "
  SELECT count(*) FROM booking.stays a JOIN booking.stays b
    ON a.listing_id = b.listing_id AND a.id < b.id AND a.period && b.period
  WHERE (a.status IN ('pending','confirmed') OR a.kind = 'block') AND (b.status IN ('pending','confirmed') OR b.kind = 'block')")"
ROWS="$(psql "$PSQL_URL/$DB" -tAc "SELECT count(*) FROM booking.stays WHERE kind = 'booking'")"
CREATED=$(( $(grep -oP 'RESULT created=\K\d+' "$WORK/p0.txt") + $(grep -oP 'RESULT created=\K\d+' "$WORK/p1.txt") + $(grep -oP 'RESULT created=\K\d+' "$WORK/p2.txt") ))
PACED_CREATED=$(grep -oP 'created=\K\d+' "$WORK/paced.txt" | awk '{s += $1} END {print s + 0}')
CREATED=$(( CREATED + PACED_CREATED ))
echo "overlapping held stays: $OVERLAPS   booking rows: $ROWS   201 answers: $CREATED"
field() { grep "label=$1 " "$WORK/paced.txt" | grep -oP "(?<![a-z_])$2=\K[0-9.a-zA-Z]+"; }
verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == "<" ? a < b : a >= b); print (ok ? "PASS" : "FAIL") }'; }
echo
echo "== booking benchmark: $LISTINGS listings, $(nproc) cores"
echo "closed loop ($CONNECTIONS connections): $P1_RATE bookings/s (p99 ${P1_P99} ms), host CPU $(awk -v t="$p1_host_ticks" -v ms="$TICK_MS" -v n="$P1_CREATED" 'BEGIN { printf "%.2f", t * ms / n }') ms per booking, load $p1_load  target >= 1000/s  $(verdict "$P1_RATE" ">=" 1000)"
echo "paced $PACED_RATE/s (open loop): p50 $(field fixed p50_ms) ms, p99 $(field fixed p99_ms) ms, max $(field fixed max_ms) ms, $(field fixed achieved_per_s) created/s, $(field fixed other) not 201, load $paced_load_fixed  target p99 < 100 ms  $(verdict "$(field fixed p99_ms)" "<" 100)"
echo "paced $PACED80/s (80 % of closed loop): p50 $(field p80 p50_ms) ms, p99 $(field p80 p99_ms) ms, max $(field p80 max_ms) ms, $(field p80 achieved_per_s) created/s, $(field p80 other) not 201, load $paced_load_80  (recorded)"
echo "overlapping held stays after contention: $OVERLAPS  target 0  $([[ "$OVERLAPS" == 0 ]] && echo PASS || echo FAIL)"
# Rows may exceed the 201s wrk counted (warm-up included) by at most the requests in flight when each phase stopped (the server
# finishes them after wrk hangs up); fewer rows than 201s would be a lost booking.
(( OVERLAPS == 0 && ROWS >= CREATED && ROWS - CREATED <= 3 * CONNECTIONS )) || { echo "FAILED: overlaps or lost bookings"; exit 1; }
echo "OK: zero overlaps"
