#!/usr/bin/env bash
# The long, by-hand run of the spec-driven fuzzer (test/StayHub.Host.Tests/Fuzzing): the same test the normal
# suite runs with 10,000 requests and a fixed seed, here with many more requests and a fresh seed each time.
#
#   etc/fuzz.sh                                   # 200,000 requests, random seed, 8 in parallel, at most 1 h
#   STAYHUB_FUZZ_SEED=123 etc/fuzz.sh             # replay a run (the seed is printed first and on failure)
#   STAYHUB_FUZZ_SEED=123 STAYHUB_FUZZ_CASE=4711 etc/fuzz.sh   # replay one case of it
#   STAYHUB_FUZZ_TRACE=/tmp/fuzz.txt etc/fuzz.sh  # every request, its status and the start of its answer
#
# Env: STAYHUB_FUZZ_REQUESTS (200000), STAYHUB_FUZZ_PARALLELISM (8), STAYHUB_FUZZ_SECONDS (3600),
# STAYHUB_FUZZ_NO_BUILD=1 to skip the build. Figures: the test output and .data/test-results/fuzz/fuzz-results.txt.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=etc/services.sh
source "$REPO/etc/services.sh" >/dev/null || { echo "fuzz: starting the services failed" >&2; exit 1; }
export ConnectionStrings__Default ConnectionStrings__Redis

export STAYHUB_FUZZ_REQUESTS="${STAYHUB_FUZZ_REQUESTS:-200000}"
export STAYHUB_FUZZ_PARALLELISM="${STAYHUB_FUZZ_PARALLELISM:-8}"
export STAYHUB_FUZZ_SECONDS="${STAYHUB_FUZZ_SECONDS:-3600}"
export STAYHUB_FUZZ_SEED="${STAYHUB_FUZZ_SEED:-$(( (RANDOM << 30) | (RANDOM << 15) | RANDOM ))}"
echo "fuzz: seed $STAYHUB_FUZZ_SEED, $STAYHUB_FUZZ_REQUESTS requests, $STAYHUB_FUZZ_PARALLELISM in parallel"

if [[ -z "${STAYHUB_FUZZ_NO_BUILD:-}" ]]; then
  dotnet build test/StayHub.Host.Tests -c Release -v quiet -nologo
fi
rc=0
dotnet test test/StayHub.Host.Tests -c Release --no-build \
  --filter "FullyQualifiedName~StayHub.Host.Tests.Fuzzing.SpecDrivenFuzzTests" --logger "console;verbosity=normal" || rc=$?
results="$REPO/.data/test-results/fuzz/fuzz-results.txt"
[[ -f "$results" ]] && tail -n 1 "$results"
exit "$rc"
