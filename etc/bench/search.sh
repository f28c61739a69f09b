#!/usr/bin/env bash
# Search benchmark, one command from a fresh clone:  etc/bench/search.sh
#
# Starts PostgreSQL + Redis (etc/services.sh), creates a throw-away database, migrates it with the Release
# host, loads BENCH_LISTINGS generated listings (default 100000; etc/bench/generate-listings.sql), starts the
# host on a free loopback port, then measures, each for BENCH_SECONDS (default 20):
#   with the search result cache OFF (Listings__Search__CacheDuration=0: every request runs its SQL):
#   1. API throughput: wrk, closed loop, the fixed search mix (etc/bench/search-mix.txt) round-robin;
#   2. API latency at a fixed 200 req/s: wrk paced by a Lua delay (wrk 4 has no -R), p50/p99;
#   3. raw SQL throughput, pgbench -M prepared, same concurrency, the same statements two ways:
#      a. etc/bench/sql-params: the API's statements with its values as bound parameters and the API's session
#         setting (plan_cache_mode=force_custom_plan), so PostgreSQL plans each execution as it does for the
#         API: the API/SQL ratio is 1 / 3a;
#      b. etc/bench/sql: the same statements with the values written in as literals, prepared once and never
#         planned again — work the API never gets to skip; 1 / 3b is printed as the stricter ratio;
#      plus CPU per request (host process and this database's PostgreSQL backends, from /proc) for 1, 3a and 3b;
#   then the host is restarted with the cache ON (BENCH_SEARCH_CACHE, default 00:00:03, the shipped default):
#   4. API throughput and 5. API latency at 200 req/s, the same mix (8 distinct queries, so nearly all hits);
#   6. GET /api/listings/{id} throughput on 200 ids once they are cached.
# Stops the host and drops the database on exit, whatever happens. Loopback only.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
N="${BENCH_LISTINGS:-100000}"
SECONDS_PER_RUN="${BENCH_SECONDS:-20}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
RATE="${BENCH_RATE:-200}"
SEARCH_CACHE="${BENCH_SEARCH_CACHE:-00:00:03}"
say() { echo "bench: $*" >&2; }

cd "$REPO"
# shellcheck source=../services.sh
source etc/services.sh
command -v wrk >/dev/null || { say "installing wrk"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
PGBENCH="$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)"

PG_PORT="${STAYHUB_PG_PORT:-54329}"
export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=stayhub PGPASSWORD=stayhub
DB="stayhub_bench_$$"
WORK="$(mktemp -d)"
HOST_PID=""
cleanup() {
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill "$HOST_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$HOST_PID" 2>/dev/null || true
  fi
  psql -d postgres -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  redis-cli -p "${STAYHUB_REDIS_PORT:-56379}" --scan --pattern "bench-$$:*" 2>/dev/null | xargs -r redis-cli -p "${STAYHUB_REDIS_PORT:-56379}" del >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

say "building the host (Release)"
dotnet build host/StayHub.Host/StayHub.Host.csproj -c Release -v q -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
HOST_DLL="$REPO/host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll"

psql -d postgres -qc "CREATE DATABASE \"$DB\""
export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=stayhub;Password=stayhub"
export ASPNETCORE_ENVIRONMENT=Production Seed__Demo=false Cache__KeyPrefix="bench-$$:" Identity__RequireHttps=false
export RateLimiting__Global__PermitLimit=100000000 RateLimiting__Auth__PermitLimit=100000000
export Logging__LogLevel__Default=Warning Email__PickupFolder="$WORK/mail" Blob__FileSystem__Root="$WORK/blobs"
say "migrating $DB"
dotnet "$HOST_DLL" migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; exit 1; }

say "generating $N listings"
t0=$SECONDS
PGOPTIONS="-c stayhub.gen_n=$N" psql -d "$DB" -q -v ON_ERROR_STOP=1 -f etc/bench/generate-listings.sql >/dev/null
psql -d "$DB" -qc "VACUUM ANALYZE listings.listings" >/dev/null
say "generated in $((SECONDS - t0)) s: $(psql -d "$DB" -Atc "SELECT count(*) FROM listings.listings") listings, $(psql -d "$DB" -Atc "SELECT count(*) FROM listings.unavailability") holds"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
# start_host <search cache duration>: the same binary, database and port; only the cache setting differs.
start_host() {
  Listings__Search__CacheDuration="$1" ASPNETCORE_URLS="$BASE" dotnet "$HOST_DLL" >"$WORK/host.log" 2>&1 &
  HOST_PID=$!
  for i in $(seq 1 120); do
    curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
    kill -0 "$HOST_PID" 2>/dev/null || { cat "$WORK/host.log"; exit 1; }
    (( i == 120 )) && { say "host not ready after 60 s"; tail -50 "$WORK/host.log"; exit 1; }
    sleep 0.5
  done
  say "host up on $BASE (pid $HOST_PID, search cache $1)"
}
# Peak resident set (VmHWM) over both hosts' lives, read just before each is stopped.
PEAK_RSS_KB=0
read_peak_rss() {
  local kb
  kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$HOST_PID/status" 2>/dev/null || echo 0)
  (( kb > PEAK_RSS_KB )) && PEAK_RSS_KB=$kb
  return 0
}
stop_host() {
  read_peak_rss
  kill "$HOST_PID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$HOST_PID" 2>/dev/null || true
  HOST_PID=""
}
start_host 00:00:00

# The mix as URL paths and as pgbench scripts ({+N} = today + N days).
paths=()
while IFS=$'\t' read -r name query; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  q="$query"
  while [[ "$q" =~ \{\+([0-9]+)\} ]]; do q="${q/${BASH_REMATCH[0]}/$(date -u -d "+${BASH_REMATCH[1]} days" +%F)}"; done
  paths+=("/api/listings${q:+?$q}")
  status="$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/listings${q:+?$q}")"
  [[ "$status" == 200 ]] || { say "$name answered $status"; exit 1; }
done < etc/bench/search-mix.txt
lua_list() { local out=""; for p in "$@"; do out+="\"$p\","; done; echo "{${out%,}}"; }
cat >"$WORK/mix.lua" <<LUA
local paths = $(lua_list "${paths[@]}")
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA
# Paced: each wrk thread hands out send slots every threads/RATE s (monotonic clock through LuaJIT's ffi),
# so the total is RATE req/s as long as a connection is free; latency is measured from the send.
cat "$WORK/mix.lua" >"$WORK/paced.lua"
cat >>"$WORK/paced.lua" <<LUA
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long sec; long nsec; } bench_ts; int clock_gettime(int clock, bench_ts *ts); ]]
local ts = ffi.new("bench_ts")
local function now_ms() ffi.C.clock_gettime(1, ts); return tonumber(ts.sec) * 1000 + tonumber(ts.nsec) / 1e6 end
local interval = 2 * 1000 / $RATE
local slot = nil
delay = function()
  local t = now_ms()
  if slot == nil or slot < t then slot = t end
  local wait = slot - t
  slot = slot + interval
  return math.floor(wait)
end
LUA

ids=$(psql -d "$DB" -Atc "SELECT id FROM listings.listings WHERE status = 'published' AND deleted_at IS NULL ORDER BY id LIMIT 200")
detail=(); for id in $ids; do detail+=("/api/listings/$id"); done
cat >"$WORK/detail.lua" <<LUA
local paths = $(lua_list "${detail[@]}")
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA

say "warming up (5 s search, 5 s pgbench)"
wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/mix.lua" "$BASE" >/dev/null
pg_args=(); for f in etc/bench/sql/*.sql; do pg_args+=(-f "$f"); done
# The parameterised twins: each variable's value from <name>.vars ({+N} = today + N days) as -D name=value.
param_args=()
for vars in etc/bench/sql-params/*.vars; do
  while IFS= read -r line; do
    [[ -z "$line" ]] && continue
    while [[ "$line" =~ \{\+([0-9]+)\} ]]; do line="${line/${BASH_REMATCH[0]}/$(date -u -d "+${BASH_REMATCH[1]} days" +%F)}"; done
    param_args+=(-D "$line")
  done <"$vars"
done
for f in etc/bench/sql-params/*.sql; do param_args+=(-f "$f"); done
"$PGBENCH" -n -M prepared -c "$CONNECTIONS" -j 2 -T 5 "${pg_args[@]}" "$DB" >"$WORK/pgwarm.txt" 2>&1 || { cat "$WORK/pgwarm.txt"; exit 1; }
PGOPTIONS="-c plan_cache_mode=force_custom_plan" "$PGBENCH" -n -M prepared -c "$CONNECTIONS" -j 2 -T 2 "${param_args[@]}" "$DB" >"$WORK/pgwarm.txt" 2>&1 \
  || { cat "$WORK/pgwarm.txt"; exit 1; }

# CPU time (user + system, in clock ticks) of the host process and of this database's PostgreSQL backends: per
# request it is steadier than throughput on a shared machine, and it says where the time goes.
TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
host_ticks() { awk '{print $14 + $15}' "/proc/$HOST_PID/stat"; }
# Per backend ("pid ticks" lines): a sum over whichever backends exist at each end would go negative when the pool
# closes an idle connection in between, so the ticks used are counted per backend, over those alive at the end.
pg_ticks() {
  local pid
  for pid in $(pgrep -f "postgres: stayhub $DB " || true); do
    echo "$pid $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)"
  done
}
pg_ticks_since() { # <pg_ticks output taken at the start>
  pg_ticks | BEFORE="$1" awk 'BEGIN { n = split(ENVIRON["BEFORE"], l, "\n"); for (i = 1; i <= n; i++) { split(l[i], f, " "); b[f[1]] = f[2] } }
    { d = $2 - b[$1]; if (d > 0) s += d } END { print s + 0 }'
}

say "1/6 API search throughput, cache off ($CONNECTIONS connections, ${SECONDS_PER_RUN} s)"
h0=$(host_ticks); p0=$(pg_ticks)
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/mix.lua" "$BASE" | tee "$WORK/api.txt"
api_host_ticks=$(( $(host_ticks) - h0 )); api_pg_ticks=$(pg_ticks_since "$p0")
say "2/6 API search latency at $RATE req/s, cache off"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/paced.lua" "$BASE" | tee "$WORK/paced.txt"
# pgbench_cpu <output file> <pgbench args...>: runs pgbench for the measuring period and prints the ticks its
# backends used (the host's pooled backends sit idle meanwhile), counted from 1 s in to just before it ends.
pgbench_cpu() {
  local out="$1" p0 pid; shift
  "$PGBENCH" -n -M prepared -c "$CONNECTIONS" -j 2 -T "$SECONDS_PER_RUN" "$@" "$DB" >"$out" 2>&1 &
  pid=$!
  sleep 1; p0=$(pg_ticks); sleep $((SECONDS_PER_RUN - 2)); pg_ticks_since "$p0"
  wait "$pid" || { cat "$out" >&2; exit 1; }
  cat "$out" >&2
}
say "3a/6 raw SQL throughput: the API's statements with bound parameters, planned per execution (pgbench -M prepared)"
params_pg_ticks=$(PGOPTIONS="-c plan_cache_mode=force_custom_plan" pgbench_cpu "$WORK/sql-params.txt" "${param_args[@]}")
say "3b/6 raw SQL throughput: the same statements with literal values, prepared once (pgbench -M prepared)"
sql_pg_ticks=$(pgbench_cpu "$WORK/sql.txt" "${pg_args[@]}")

stop_host
start_host "$SEARCH_CACHE"
say "warming up (5 s search, 5 s detail)"
wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/mix.lua" "$BASE" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/detail.lua" "$BASE" >/dev/null
say "4/6 API search throughput, cache $SEARCH_CACHE"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/mix.lua" "$BASE" | tee "$WORK/api-cached.txt"
say "5/6 API search latency at $RATE req/s, cache $SEARCH_CACHE"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/paced.lua" "$BASE" | tee "$WORK/paced-cached.txt"
say "6/6 detail endpoint, cached"
wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/detail.lua" "$BASE" | tee "$WORK/detail.txt"

read_peak_rss
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
tps() { awk '/^tps/ {print $3}' "$1"; }
api=$(rate "$WORK/api.txt"); sql_params=$(tps "$WORK/sql-params.txt"); sql=$(tps "$WORK/sql.txt")
errors=$(grep -h "Non-2xx\|Socket errors" "$WORK"/api*.txt "$WORK"/paced*.txt "$WORK"/detail.txt || true)
ratio() { awk -v a="$1" -v s="$2" 'BEGIN { printf "%.2f", a / s }'; }
# CPU ms per request: ticks × ms per tick / (rate × seconds measured).
per() { awk -v t="$1" -v r="$2" -v s="$3" -v ms="$TICK_MS" 'BEGIN { printf "%.2f", t * ms / (r * s) }'; }
echo
echo "== search benchmark: $N listings, $CONNECTIONS connections, ${SECONDS_PER_RUN} s per run, $(nproc) cores, load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cache off: API search throughput      : $api req/s (p50 $(pct "$WORK/api.txt" 50%), p99 $(pct "$WORK/api.txt" 99%) at saturation)"
echo "cache off: raw SQL, bound parameters   : $sql_params tx/s (the API's statements and values, planned per execution)"
# verdict <value> <op: < or >=> <target>
verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == "<" ? a < b : a >= b); print (ok ? "PASS" : "FAIL") }'; }
# wrk's latency text (950.00us, 8.30ms, 1.02s, 2.00m) in ms
ms() { awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u); f = (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1); printf "%.2f", n * f }'; }
echo "cache off: ratio API / SQL            : $(ratio "$api" "$sql_params")  target >= 0.8  $(verdict "$(ratio "$api" "$sql_params")" ">=" 0.8)"
echo "cache off: raw SQL, literals prepared once: $sql tx/s (never planned again); stricter ratio API / SQL: $(ratio "$api" "$sql")"
echo "cache off: CPU per request           : API host $(per "$api_host_ticks" "$api" "$SECONDS_PER_RUN") ms + PostgreSQL $(per "$api_pg_ticks" "$api" "$SECONDS_PER_RUN") ms;" \
  "PostgreSQL per transaction: bound $(per "$params_pg_ticks" "$sql_params" $((SECONDS_PER_RUN - 2))) ms, literals $(per "$sql_pg_ticks" "$sql" $((SECONDS_PER_RUN - 2))) ms"
echo "cache off: API paced to $RATE req/s    : $(rate "$WORK/paced.txt") req/s achieved, p50 $(pct "$WORK/paced.txt" 50%), p99 $(pct "$WORK/paced.txt" 99%)  target p99 < 25 ms  $(verdict "$(ms "$(pct "$WORK/paced.txt" 99%)")" "<" 25)"
echo "cache $SEARCH_CACHE: API search throughput : $(rate "$WORK/api-cached.txt") req/s (p50 $(pct "$WORK/api-cached.txt" 50%), p99 $(pct "$WORK/api-cached.txt" 99%) at saturation)"
echo "cache $SEARCH_CACHE: API paced to $RATE req/s: $(rate "$WORK/paced-cached.txt") req/s achieved, p50 $(pct "$WORK/paced-cached.txt" 50%), p99 $(pct "$WORK/paced-cached.txt" 99%)  target p99 < 25 ms  $(verdict "$(ms "$(pct "$WORK/paced-cached.txt" 99%)")" "<" 25)"
echo "detail GET /api/listings/{id} cached: $(rate "$WORK/detail.txt") req/s  target >= 3000  $(verdict "$(rate "$WORK/detail.txt")" ">=" 3000)"
echo "host RSS, peak (VmHWM) over the run   : $(( PEAK_RSS_KB / 1024 )) MB  target < 300 MB  $(verdict $(( PEAK_RSS_KB / 1024 )) "<" 300)"
[[ -z "$errors" ]] || echo "errors: $errors"
