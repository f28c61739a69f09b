#!/usr/bin/env bash
# Host start time: starts the built host (Release) N times (default 5) against this checkout's services and reports,
# per run, the wall time from process start until /health/ready answers 200 and the CPU time (user + system, from
# /proc) the process had used by then, then the medians against the target.
#
#   etc/bench/host-start.sh [runs] [checkout ...]
#
# With checkouts (other worktrees or `git archive <rev> | tar -x -C /tmp/before`), each is built and the runs are
# interleaved (A, B, A, B, …) so that both see the same machine load; the median of each is printed. Without, this
# checkout is measured. The port is a free loopback port (STAYHUB_START_PORT to pin one); the services are this
# checkout's (etc/services.sh: STAYHUB_PG_PORT, STAYHUB_REDIS_PORT). The database is migrated once before the runs
# (a first start on a fresh database would time migrations, not start-up). Every host starts from this checkout's
# root as its working directory (the content root), as etc/run.sh does.
#
# Target: start to ready < 3,000 ms with migrations applied (issue 18). On a shared machine the wall time follows the
# load; the CPU time much less, so both are printed with the load average.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
runs="${1:-5}"
shift || true
checkouts=("$@")
(( ${#checkouts[@]} > 0 )) || checkouts=("$REPO")
TARGET_MS=3000
port="${STAYHUB_START_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}"

# shellcheck source=etc/services.sh
source "$REPO/etc/services.sh" >/dev/null
export ConnectionStrings__Default ConnectionStrings__Redis
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Seed__Demo=false
export Admin__Email=admin@stayhub.local Admin__Password='Keep-It-Honest-2026!'
export Email__PickupFolder="$REPO/.data/mail" Blob__FileSystem__Root="$REPO/.data/blobs"
export Logging__LogLevel__Default=Warning
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

for checkout in "${checkouts[@]}"; do
  dotnet build "$checkout/host/StayHub.Host" -c Release -v quiet -nologo >/dev/null
  dotnet "$checkout/host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll" migrate >/dev/null
done

TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
# start_once <checkout>: prints "<wall ms> <cpu ms>".
start_once() {
  local dll="$1/host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll" t0 t1 pid ticks
  t0=$(date +%s%N)
  dotnet "$dll" >"$LOG" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "host exited; log:" >&2; tail -30 "$LOG" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $(awk -v t="$ticks" -v ms="$TICK_MS" 'BEGIN { printf "%d", t * ms }')"
}

declare -A walls cpus
for i in $(seq 1 "$runs"); do
  for checkout in "${checkouts[@]}"; do
    read -r wall cpu < <(start_once "$checkout")
    walls[$checkout]+="$wall "
    cpus[$checkout]+="$cpu "
    echo "run $i  $checkout: ${wall} ms to ready, ${cpu} ms CPU  (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "== host start, median of $runs, $(nproc) cores, load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
for checkout in "${checkouts[@]}"; do
  # shellcheck disable=SC2086
  wall=$(median ${walls[$checkout]}); cpu=$(median ${cpus[$checkout]})
  verdict=FAIL; (( wall < TARGET_MS )) && verdict=PASS
  echo "host start to /health/ready: ${wall} ms (CPU ${cpu} ms)  target < ${TARGET_MS} ms  $verdict  ($checkout)"
done
