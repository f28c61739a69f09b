#!/usr/bin/env bash
# The per-request cost of the request figures (RequestStatsRecorder.Record) on this machine; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project etc/bench/RequestStatsCost
