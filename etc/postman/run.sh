#!/usr/bin/env bash
# Runs the Postman collection (etc/postman/StayHub.postman_collection.json) with newman against a StayHub host
# started here: Release build, a free loopback port, its own database (stayhub_postman_<pid>, dropped afterwards),
# the demo seed (the Reviews folder reviews a demo guest's completed stay) and the sandbox payment provider.
#
#   etc/postman/run.sh                 # build if needed, start services + host, run, clean up
#   POSTMAN_NO_BUILD=1 etc/postman/run.sh   # the host is already built in Release (etc/test.sh does this)
#   POSTMAN_BASE_URL=http://localhost:5080 etc/postman/run.sh   # against a running host (etc/run.sh) instead
#
# Reports: .data/test-results/postman/newman.xml (JUnit) and newman.json. Exit code: newman's (non-zero when any
# assertion or request failed). newman is installed from etc/tools/package-lock.json by etc/services.sh.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=etc/services.sh
source "$REPO/etc/services.sh" >/dev/null || { echo "postman: starting the services failed" >&2; exit 1; }
NEWMAN="$REPO/etc/tools/node_modules/.bin/newman"
# etc/services.sh installs etc/tools when it starts s3rver; an s3rver already running from an older install skips
# that, so a lock file newer than the install is brought up to date here.
if [[ ! -x "$NEWMAN" || ! "$REPO/etc/tools/node_modules/.package-lock.json" -nt "$REPO/etc/tools/package-lock.json" ]]; then
  echo "postman: installing etc/tools (npm ci) …"
  (cd "$REPO/etc/tools" && npm ci --no-audit --no-fund --loglevel=error) || { echo "postman: npm ci in etc/tools failed" >&2; exit 1; }
fi

REPORTS="$REPO/.data/test-results/postman"
mkdir -p "$REPORTS"
WORK="$(mktemp -d)"
HOST_PID=""
DB=""
PSQL_URL="postgresql://stayhub:stayhub@127.0.0.1:${STAYHUB_PG_PORT:-54329}"

cleanup() {
  if [[ -n "$HOST_PID" ]]; then kill "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; fi
  if [[ -n "$DB" ]]; then psql "$PSQL_URL/stayhub" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

base="${POSTMAN_BASE_URL:-}"
admin_email="${Admin__Email:-admin@stayhub.local}"
admin_password="${Admin__Password:-Keep-It-Honest-2026!}"
if [[ -z "$base" ]]; then
  if [[ -z "${POSTMAN_NO_BUILD:-}" ]]; then
    echo "postman: building the host (Release)…"
    dotnet build host/StayHub.Host -c Release -v q -nologo >/dev/null
  fi
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  base="http://127.0.0.1:$port"
  DB="stayhub_postman_$$"
  psql "$PSQL_URL/stayhub" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
  (
    export ConnectionStrings__Default="${ConnectionStrings__Default/Database=stayhub/Database=$DB}"
    export ConnectionStrings__Redis ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Development Identity__RequireHttps=false
    export Seed__Demo=true Admin__Email="$admin_email" Admin__Password="$admin_password" Cache__KeyPrefix="postman:$$:"
    export Logging__LogLevel__Default=Warning Email__PickupFolder="$WORK/mail" Blob__FileSystem__Root="$WORK/blobs"
    # One client address sends every request: the per-IP budgets would otherwise be the test's limit.
    export RateLimiting__Global__PermitLimit=1000000 RateLimiting__Auth__PermitLimit=1000000
    exec dotnet host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll
  ) >"$WORK/host.log" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 240); do
    curl -fs "$base/health/ready" >/dev/null 2>&1 && break
    kill -0 "$HOST_PID" 2>/dev/null || break
    sleep 0.5
  done
  curl -fs "$base/health/ready" >/dev/null 2>&1 || { echo "postman: the host did not start; its log:" >&2; tail -40 "$WORK/host.log" >&2; exit 1; }
fi

echo "postman: newman against $base"
rc=0
"$NEWMAN" run etc/postman/StayHub.postman_collection.json \
  -e etc/postman/StayHub.local.postman_environment.json \
  --env-var "baseUrl=$base" --env-var "adminEmail=$admin_email" --env-var "adminPassword=$admin_password" \
  --reporters cli,junit,json \
  --reporter-junit-export "$REPORTS/newman.xml" --reporter-json-export "$REPORTS/newman.json" \
  --reporter-cli-no-banner --reporter-cli-no-success-assertions \
  --timeout-request 30000 --color off </dev/null || rc=$?

python3 - "$REPORTS/newman.json" <<'PY' || true
import json, sys
run = json.load(open(sys.argv[1]))["run"]
s = run["stats"]
print(f"postman: {s['requests']['total']} requests, {s['assertions']['total']} assertions, "
      f"{s['assertions']['failed']} failed assertions, {s['requests']['failed']} failed requests")
PY
if (( rc != 0 )) && [[ -n "$HOST_PID" ]]; then
  echo "postman: last lines of the host's log:"; tail -20 "$WORK/host.log"
fi
exit "$rc"
