#!/usr/bin/env bash
# Runs the whole test suite against this checkout's private PostgreSQL + Redis (etc/services.sh).
#
#   etc/test.sh [extra dotnet test args...]      e.g. etc/test.sh --filter "FullyQualifiedName~Booking"
#
# TRX results go to <repo>/.data/test-results (cleared first). A run without extra arguments (the whole suite) also
# runs the Postman collection with newman (etc/postman/run.sh; STAYHUB_POSTMAN=1 forces it with a filter,
# STAYHUB_SKIP_POSTMAN=1 skips it); its JUnit report is counted in the summary. It then runs the cluster's CI subset
# (etc/cluster/ci.sh; STAYHUB_SKIP_CLUSTER=1 skips it, STAYHUB_CLUSTER=1 forces it with a filter), counted likewise. The LAST line printed is always
# `N passed, N failed` (plus `, N skipped` when some tests were not executed).
# Exit code is non-zero when dotnet test fails, any test fails, or no test ran at all.
#
# Env: ConnectionStrings__Default / ConnectionStrings__Redis are taken from services.sh unless already
# set; STAYHUB_PG_PORT / STAYHUB_REDIS_PORT pick the ports; STAYHUB_TEST_TIMEOUT (e.g. 75m; default 75m
# when CI=true, none otherwise) bounds the dotnet test run so a hang still ends with a summary line.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
RESULTS="$REPO/.data/test-results"
cd "$REPO"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ "${CI:-}" == true ]]; then
  export MSBUILDDISABLENODEREUSE=1  # no build servers lingering after a CI run
fi

start=$(date +%s)

# shellcheck source=etc/services.sh
source "$REPO/etc/services.sh" || { echo "test.sh: starting the services failed" >&2; exit 1; }
export ConnectionStrings__Default ConnectionStrings__Redis

# The admin console's browser tests (test/StayHub.AdminConsole.Tests) drive Debian's Chromium through Playwright's
# ExecutablePath; it is installed once here, as services.sh installs PostgreSQL. Nothing is downloaded at run time
# (no `playwright install`). STAYHUB_CHROMIUM points the tests at another binary instead.
if [[ -z "${STAYHUB_CHROMIUM:-}" ]] && ! command -v chromium >/dev/null 2>&1; then
  apt_sudo=()
  (( EUID == 0 )) || apt_sudo=(sudo)
  echo "test.sh: installing chromium with apt-get (one-time, ~40 s) ..."
  { "${apt_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update >&2 \
    && "${apt_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 install -y chromium >&2; } \
    || { echo "test.sh: installing chromium failed" >&2; exit 1; }
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

sln="$REPO/aspnet-core.sln"
[[ -f "$sln" || ! -f "$REPO/aspnet-core.slnx" ]] || sln="$REPO/aspnet-core.slnx"

# VSTest mode (default) takes --logger trx; Microsoft.Testing.Platform mode (global.json
# "test": {"runner": "Microsoft.Testing.Platform"}) takes --report-trx and --solution.
if [[ -f "$REPO/global.json" ]] && grep -q 'Microsoft.Testing.Platform' "$REPO/global.json"; then
  test_cmd=(dotnet test --solution "$sln" -c Release --results-directory "$RESULTS" --report-trx "$@")
else
  test_cmd=(dotnet test "$sln" -c Release --logger "trx" --results-directory "$RESULTS" "$@")
fi

limit="${STAYHUB_TEST_TIMEOUT:-}"
if [[ -z "$limit" && "${CI:-}" == true ]]; then limit=75m; fi
if [[ -n "$limit" && "$limit" != 0 ]]; then
  test_cmd=(timeout --kill-after=60s "$limit" "${test_cmd[@]}")
fi

echo "test.sh: ${test_cmd[*]}"
rc=0
"${test_cmd[@]}" </dev/null || rc=$?

# The Postman collection from outside, through newman, against a host of the build just tested (its JUnit report
# lands beside the TRX files and counts in the summary). STAYHUB_SKIP_POSTMAN=1 skips it (e.g. with a --filter).
prc=0
if [[ -z "${STAYHUB_SKIP_POSTMAN:-}" && ( $# -eq 0 || "${STAYHUB_POSTMAN:-}" == 1 ) ]]; then
  echo
  echo "test.sh: etc/postman/run.sh (newman)"
  POSTMAN_NO_BUILD=1 bash "$REPO/etc/postman/run.sh" || prc=$?
  (( prc == 0 )) || echo "test.sh: the Postman collection failed (newman exit $prc)"
  # No newman report means the collection never ran (the host did not start): count that as a failure, or the
  # summary would simply leave the collection out.
  if (( prc != 0 )) && [[ ! -s "$RESULTS/postman/newman.xml" ]]; then
    mkdir -p "$RESULTS/postman"
    cat >"$RESULTS/postman/run-exit.xml" <<XML
<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="postman" tests="1" failures="1">
<testcase classname="etc/postman/run.sh" name="collection run"><failure message="etc/postman/run.sh exited with $prc before newman wrote its report (see the log above)"/></testcase>
</testsuite></testsuites>
XML
  fi
fi

# The cluster's CI subset (etc/cluster/ci.sh: two nodes behind HAProxy; a node killed during bookings, Redis down for
# reads, PostgreSQL restarted): after everything else, since it restarts this checkout's PostgreSQL and Redis. Its JUnit
# report counts in the summary, one test case per scenario. Same switches as newman: STAYHUB_SKIP_CLUSTER=1 skips it,
# STAYHUB_CLUSTER=1 forces it with a filter.
crc=0
if [[ -z "${STAYHUB_SKIP_CLUSTER:-}" && ( $# -eq 0 || "${STAYHUB_CLUSTER:-}" == 1 ) ]]; then
  echo
  echo "test.sh: etc/cluster/ci.sh (two nodes behind HAProxy, faults)"
  bash "$REPO/etc/cluster/ci.sh" || crc=$?
  (( crc == 0 )) || echo "test.sh: the cluster scenarios failed (exit $crc)"
fi

echo
if (( rc == 124 )); then
  echo "test.sh: dotnet test was stopped after $limit (STAYHUB_TEST_TIMEOUT); results are partial"
elif (( rc != 0 )); then
  echo "test.sh: dotnet test exited with code $rc"
  # A project that does not build, or a test host that crashes, writes no TRX: without this report the summary
  # would count only the projects that ran and could read "N passed, 0 failed" above a failed run.
  cat >"$RESULTS/dotnet-test-exit.xml" <<XML
<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="dotnet test" tests="1" failures="1">
<testcase classname="etc/test.sh" name="dotnet test exit code"><failure message="dotnet test exited with code $rc (a build error, or a test host that crashed; see the log above)"/></testcase>
</testsuite></testsuites>
XML
fi
elapsed=$(( $(date +%s) - start ))
printf 'Elapsed: %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))

py=python3
command -v "$py" >/dev/null 2>&1 || py=/usr/bin/python3
src=0
"$py" "$REPO/etc/lib/summarize-trx.py" "$RESULTS" || src=$?   # prints the final summary line

if (( rc != 0 )); then exit "$rc"; fi
if (( prc != 0 )); then exit "$prc"; fi
if (( crc != 0 )); then exit "$crc"; fi
exit "$src"
