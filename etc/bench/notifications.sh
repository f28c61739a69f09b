#!/usr/bin/env bash
# Live-push benchmark of the notifications module, one command:  etc/bench/notifications.sh
#
# Creates a throw-away database (recreated each run) on the running services, migrates it with the Release host,
# starts ONE host node on a free loopback port, then runs the load generator (etc/bench/NotificationsLoad, .NET,
# Microsoft.AspNetCore.SignalR.Client; not part of the test suite or .ci/run):
#   1. registers CLIENTS users through the API (default 2000; QUICK=1 → 200) and opens one SignalR connection each
#      to /hubs/notifications (WebSockets, access token in the query as browsers send it);
#   2. publishes booking.approved.v1 events through booking's outbox (committed rows in booking.outbox_messages, as
#      booking's own commits write them) at RATE per second (default 200) for DURATION seconds (default 30; QUICK=1 →
#      15) after WARMUP seconds (default 10; QUICK=1 → 5) not measured; each event notifies one guest: an in-app row
#      pushed over SignalR plus an email (written to a pickup folder by the email worker: real work, no network);
#   3. prints push latency p50/p99 from the commit to the client's receipt, notifications/s and the host's peak RSS,
#      each beside its target (p99 < 250 ms at 200/s with 2,000 connections, RSS < 500 MB), and a verdict line.
# The rows are written by this script's process, not by the host; like a commit on another node, each transaction
# rings the nodes' outbox listeners (pg_notify 'stayhub_outbox', ADR 0036), so the host's dispatcher starts at once.
# Messaging__PollInterval stays the shipped 1 s unless BENCH_POLL sets it (polling is only the fallback).
# Also prints the CPU each notification cost the host, PostgreSQL (postmaster + backends), Redis and the generator
# (from /proc, over the measured window), the ceiling those figures allow on this machine, and the load average.
# Uses the services already running (ConnectionStrings__Default / __Redis from the environment, else
# etc/services.sh starts this checkout's, on STAYHUB_PG_PORT / STAYHUB_REDIS_PORT when set); the host listens on a free
# loopback port (BENCH_PORT to choose one); stops the host and drops the database on exit, whatever happens.
# BENCH_HOST_DLL runs an already built StayHub.Host.dll instead of building this checkout's (A/B of two builds in
# one session: alternate the two, each run migrates its own database).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say() { echo "bench: $*" >&2; }

if [[ "${QUICK:-0}" == 1 ]]; then
  CLIENTS="${CLIENTS:-200}" DURATION="${DURATION:-15}" WARMUP="${WARMUP:-5}"
fi
export CLIENTS="${CLIENTS:-2000}" RATE="${RATE:-200}" DURATION="${DURATION:-30}" WARMUP="${WARMUP:-10}"
POLL="${BENCH_POLL:-00:00:01}"

if [[ -z "${ConnectionStrings__Default:-}" || -z "${ConnectionStrings__Redis:-}" ]]; then
  # shellcheck source=../services.sh
  source etc/services.sh >/dev/null
fi
SERVER_CS="$ConnectionStrings__Default"
DB="stayhub_bench_notifications_$$"
BENCH_CS="$(sed -E "s/Database=[^;]*/Database=$DB/" <<<"$SERVER_CS")"
ADMIN_CS="$(sed -E "s/Database=[^;]*/Database=postgres/" <<<"$SERVER_CS")"
PORT="${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
HOST_PID=""

sql() { # connection string, statement: psql from an Npgsql-style connection string
  local cs="$1" host port db user pass
  host="$(grep -oP 'Host=\K[^;]+' <<<"$cs")"; port="$(grep -oP 'Port=\K[^;]+' <<<"$cs" || echo 5432)"
  db="$(grep -oP 'Database=\K[^;]+' <<<"$cs")"; user="$(grep -oP 'Username=\K[^;]+' <<<"$cs")"; pass="$(grep -oP 'Password=\K[^;]+' <<<"$cs")"
  PGPASSWORD="$pass" psql -h "$host" -p "$port" -U "$user" -d "$db" -qtAc "$2"
}
cleanup() {
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill "$HOST_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$HOST_PID" 2>/dev/null || true
  fi
  sql "$ADMIN_CS" "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

HOST_DLL="${BENCH_HOST_DLL:-}"
if [[ -z "$HOST_DLL" ]]; then
  say "building the host (Release)"
  dotnet build host/StayHub.Host/StayHub.Host.csproj -c Release -v q -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
  HOST_DLL="$REPO/host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll"
fi
say "building the load generator (Release)"
dotnet build etc/bench/NotificationsLoad/NotificationsLoad.csproj -c Release -v q -nologo >"$WORK/build-load.log" 2>&1 || { cat "$WORK/build-load.log"; exit 1; }
LOAD_DLL="$REPO/etc/bench/NotificationsLoad/bin/Release/net10.0/NotificationsLoad.dll"

sql "$ADMIN_CS" "CREATE DATABASE \"$DB\"" >/dev/null
export ConnectionStrings__Default="$BENCH_CS" ConnectionStrings__Redis
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" Seed__Demo=false Identity__RequireHttps=false
export Cache__KeyPrefix="bench-notifications-$$:" Admin__Email=bench-admin@stayhub.test Admin__Password='Keeper-Of-Keys-2026'
export RateLimiting__Global__PermitLimit=100000000 RateLimiting__Auth__PermitLimit=100000000
export Logging__LogLevel__Default=Warning Email__PickupFolder="$WORK/mail" Blob__FileSystem__Root="$WORK/blobs"
export Messaging__PollInterval="$POLL"
say "migrating $DB"
dotnet "$HOST_DLL" migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; exit 1; }
say "starting one host node on $BASE"
dotnet "$HOST_DLL" >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/health/ready" >/dev/null || { say "host did not start; log:"; tail -30 "$WORK/host.log"; exit 1; }

REDIS_HOST="${ConnectionStrings__Redis%%,*}"
REDIS_PID="$(redis-cli -h "${REDIS_HOST%%:*}" -p "${REDIS_HOST##*:}" info server 2>/dev/null | tr -d '\r' | grep -oP '^process_id:\K[0-9]+' || echo 0)"
echo "notifications benchmark: $CLIENTS SignalR clients, $RATE events/s, ${DURATION}s measured after ${WARMUP}s warm-up, poll $POLL, host $HOST_DLL, $(nproc) cores (shared); $(uptime)"
status=0
BENCH_URL="$BASE" BENCH_DB="$BENCH_CS" HOST_PID="$HOST_PID" REDIS_PID="$REDIS_PID" dotnet "$LOAD_DLL" || status=$?
MAILS="$(find "$WORK/mail" -name '*.eml' 2>/dev/null | wc -l)"
FAILED="$(sql "$BENCH_CS" "SELECT count(*) FROM booking.outbox_messages WHERE last_error IS NOT NULL OR failed_at IS NOT NULL")"
echo "emails written by the worker meanwhile: $MAILS   outbox messages with an error: $FAILED"
grep -E " (fail|crit)" "$WORK/host.log" | head -5 || true
exit "$status"
