#!/usr/bin/env bash
# Host start time: starts the built host (Release) N times (default 5) against this checkout's services and reports,
# per run, the wall time from process start until /health/ready answers 200, then the median.
#
#   etc/bench/host-start.sh [runs] [checkout ...]
#
# With checkouts (other worktrees, e.g. `git worktree add --detach /tmp/before <rev>`), each is built and the runs are
# interleaved (A, B, A, B, …) so that both see the same machine load; the median of each is printed. Without, this
# checkout is measured. STAYHUB_START_PORT (default 5191) picks the port. The database is migrated once before the
# runs (a first start on a fresh database would time migrations, not start-up).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
runs="${1:-5}"
shift || true
checkouts=("$@")
(( ${#checkouts[@]} > 0 )) || checkouts=("$REPO")
port="${STAYHUB_START_PORT:-5191}"

# shellcheck source=etc/services.sh
source "$REPO/etc/services.sh" >/dev/null
export ConnectionStrings__Default ConnectionStrings__Redis
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Seed__Demo=false
export Admin__Email=admin@stayhub.local Admin__Password='Keep-It-Honest-2026!'
export Email__PickupFolder="$REPO/.data/mail" Blob__FileSystem__Root="$REPO/.data/blobs"

for checkout in "${checkouts[@]}"; do
  dotnet build "$checkout/host/StayHub.Host" -c Release -v quiet -nologo >/dev/null
  dotnet "$checkout/host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll" migrate >/dev/null
done

start_once() {
  local dll="$1/host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll" t0 t1 pid
  t0=$(date +%s%N)
  dotnet "$dll" >/tmp/stayhub-host-start.log 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "host exited; see /tmp/stayhub-host-start.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

declare -A times
for i in $(seq 1 "$runs"); do
  for checkout in "${checkouts[@]}"; do
    ms=$(start_once "$checkout")
    times[$checkout]+="$ms "
    echo "run $i  $checkout: ${ms} ms"
  done
done
for checkout in "${checkouts[@]}"; do
  # shellcheck disable=SC2086
  median=$(printf '%s\n' ${times[$checkout]} | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "host start, median of $runs: ${median} ms  ($checkout; target: within +10 % of the baseline in docs/benchmarks)"
done
