#!/usr/bin/env bash
# Host start time: runs the built host (Release) N times (default 5) against this checkout's services and reports,
# for each run, the wall time from process start until /health/ready answers 200, then the median.
#
#   etc/bench/host-start.sh [runs]        STAYHUB_START_PORT (default 5191) picks the port
#
# The database is migrated once before the runs (first run of a fresh database would time migrations, not start).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
runs="${1:-5}"
port="${STAYHUB_START_PORT:-5191}"

# shellcheck source=etc/services.sh
source "$REPO/etc/services.sh" >/dev/null
export ConnectionStrings__Default ConnectionStrings__Redis
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Seed__Demo=false
export Admin__Email=admin@stayhub.local Admin__Password='Keep-It-Honest-2026!'
export Email__PickupFolder="$REPO/.data/mail" Blob__FileSystem__Root="$REPO/.data/blobs"

dotnet build "$REPO/host/StayHub.Host" -c Release -v quiet -nologo >/dev/null
dll="$REPO/host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll"
dotnet "$dll" migrate >/dev/null

times=()
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  dotnet "$dll" >/tmp/stayhub-host-start.log 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "host exited; see /tmp/stayhub-host-start.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  ms=$(( (t1 - t0) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "host start, median of $runs: ${median} ms (target: within +10 % of the figure recorded in docs before application services)"
