#!/usr/bin/env bash
# The CI subset of the cluster scenarios (etc/test.sh runs it after the test suite and newman): a fresh two-node
# cluster behind HAProxy, then, in quick sizes, permission grants checked across the nodes, a node SIGKILLed during Idempotency-Key bookings, Redis down under
# reads and bookings, PostgreSQL restarted under load; then the cluster is stopped again. The JUnit report lands in
# <repo>/.data/test-results/cluster/ so etc/test.sh counts the verdicts in its summary; exit 1 on any FAIL.
# Bounded: STAYHUB_CLUSTER_CI_TIMEOUT seconds (default 420) for the whole of it, start and stop included.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
limit="${STAYHUB_CLUSTER_CI_TIMEOUT:-420}"
report="$REPO/.data/test-results/cluster/cluster.xml"
rm -f "$report"

cleanup() { timeout 60 bash "$REPO/etc/cluster.sh" stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

t0=$SECONDS
# Fresh database and cache keys, so a previous run's data neither helps nor hinders; the host was built by the suite.
rc=0
STAYHUB_CLUSTER_FRESH=1 STAYHUB_CLUSTER_NO_BUILD="${STAYHUB_CLUSTER_NO_BUILD:-1}" \
  timeout 240 bash "$REPO/etc/cluster.sh" start >/dev/null || rc=$?
if (( rc == 0 )); then
  echo "cluster/ci.sh: cluster up in $((SECONDS - t0)) s"
  STAYHUB_CLUSTER_QUICK=1 STAYHUB_CLUSTER_JUNIT="$report" STAYHUB_CLUSTER_TIMEOUT="$((limit - (SECONDS - t0)))" \
    bash "$REPO/etc/cluster/run.sh" quick-ci || rc=$?
else
  echo "cluster/ci.sh: the cluster did not start (exit $rc)"
fi
echo "cluster/ci.sh: $((SECONDS - t0)) s in all (exit $rc)"
if (( rc != 0 )) && [[ ! -s "$report" ]]; then
  # The runner never got to its report (cluster did not start, timeout): one failed case, so the summary shows it.
  mkdir -p "$(dirname "$report")"
  printf '<testsuites><testsuite name="cluster" tests="1" failures="1"><testcase classname="cluster" name="ci" time="%s"><failure message="etc/cluster/ci.sh exited with %s before the scenarios reported; see its output"/></testcase></testsuite></testsuites>\n' \
    "$((SECONDS - t0))" "$rc" >"$report"
fi
exit "$rc"
