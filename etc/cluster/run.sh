#!/usr/bin/env bash
# Runs cluster scenarios (etc/cluster/ClusterScenarios) against the cluster etc/cluster.sh manages.
#
#   etc/cluster/run.sh [scenario ...]      all by default; or quick-ci, bookings, idempotency-kill, listing-staleness,
#                                          permission-grants,
#                                          signalr-cross-node, rate-limit, postgres-restart, redis-down
#   STAYHUB_CLUSTER_QUICK=1 etc/cluster/run.sh all        small sizes (the CI subset uses them)
#
# Starts the cluster when it is not up (and stops it again at the end, as it found it); STAYHUB_CLUSTER_KEEP=1 leaves a
# cluster it started running. Each scenario prints its figures and `VERDICT <name>: PASS|FAIL`; the last line is
# `cluster scenarios: N passed, N failed`; exit 1 on any FAIL. Bounded by STAYHUB_CLUSTER_TIMEOUT (seconds, 1800).
# Env of etc/cluster.sh applies (ports, nodes); STAYHUB_CLUSTER_JUNIT=<file> writes a JUnit report.
# The fault scenarios stop and start this checkout's own PostgreSQL and Redis (never another checkout's).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
limit="${STAYHUB_CLUSTER_TIMEOUT:-1800}"
runner="$REPO/etc/cluster/ClusterScenarios/bin/Release/net10.0/ClusterScenarios.dll"

mkdir -p "$REPO/.data"
if [[ "${STAYHUB_CLUSTER_NO_BUILD:-}" != 1 ]]; then
  timeout 600 dotnet build "$REPO/etc/cluster/ClusterScenarios" -c Release -v q -nologo >"$REPO/.data/cluster-runner-build.log" 2>&1 ||
    { tail -n 30 "$REPO/.data/cluster-runner-build.log" >&2; echo "cluster/run.sh: building the runner failed" >&2; exit 1; }
fi

started=0
if ! bash "$REPO/etc/cluster.sh" status >/dev/null 2>&1; then
  bash "$REPO/etc/cluster.sh" start >/dev/null
  started=1
fi
if (( started )) && [[ "${STAYHUB_CLUSTER_KEEP:-}" != 1 ]]; then
  trap 'bash "$REPO/etc/cluster.sh" stop' EXIT
fi

eval "$(bash "$REPO/etc/cluster.sh" env)"
export STAYHUB_CLUSTER_URL STAYHUB_CLUSTER_NODE_URLS
export STAYHUB_CLUSTER_CONNECTION_STRING="Host=127.0.0.1;Port=${STAYHUB_PG_PORT:-54329};Database=$STAYHUB_CLUSTER_DATABASE;Username=stayhub;Password=stayhub"
export STAYHUB_CLUSTER_REDIS="127.0.0.1:${STAYHUB_REDIS_PORT:-56379}"
export STAYHUB_CLUSTER_SCRIPT="$REPO/etc/cluster.sh"
export STAYHUB_CLUSTER_DEADLINE="$((limit - 30))"

timeout --kill-after=20s "$limit" dotnet "$runner" "$@"
