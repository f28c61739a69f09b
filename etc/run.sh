#!/usr/bin/env bash
# Runs the StayHub API locally against this checkout's private PostgreSQL + Redis (etc/services.sh).
# The host applies database migrations itself at start.
#
#   etc/run.sh [extra dotnet run args...]
#
# Defaults (each kept when the caller has already set it):
#   ASPNETCORE_URLS=http://localhost:5080  ASPNETCORE_ENVIRONMENT=Development  Seed__Demo=true
#   Admin__Email=admin@stayhub.local  Admin__Password='Keep-It-Honest-2026!'
#   ConnectionStrings__Default / ConnectionStrings__Redis from services.sh
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=etc/services.sh
source "$REPO/etc/services.sh" || { echo "run.sh: starting the services failed" >&2; exit 1; }
export ConnectionStrings__Default ConnectionStrings__Redis

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Seed__Demo="${Seed__Demo:-true}"
export Admin__Email="${Admin__Email:-admin@stayhub.local}"
export Admin__Password="${Admin__Password:-Keep-It-Honest-2026!}"
# Mail (no SMTP host set: .eml files) and photos stay under the checkout's ignored .data folder.
export Email__PickupFolder="${Email__PickupFolder:-$REPO/.data/mail}"
export Blob__FileSystem__Root="${Blob__FileSystem__Root:-$REPO/.data/blobs}"

url="${ASPNETCORE_URLS%%;*}"
url="${url%/}"
url="${url/\/\/+:/\/\/localhost:}"
url="${url/\/\/\*:/\/\/localhost:}"
url="${url/\/\/0.0.0.0:/\/\/localhost:}"
cat <<EOF

StayHub API  (${ASPNETCORE_ENVIRONMENT}, Release)
  API:          $url
  API docs:     $url/scalar
  Readiness:    $url/health/ready
  Admin login:  $Admin__Email
  Sent mail:    $Email__PickupFolder (.eml files; set Email__Smtp__Host to relay instead)
  PostgreSQL:   $ConnectionStrings__Default
  Redis:        $ConnectionStrings__Redis
Stop with Ctrl+C (services keep running; etc/services.sh stop stops them).

EOF

exec dotnet run --project "$REPO/host/StayHub.Host" -c Release --no-launch-profile "$@"
