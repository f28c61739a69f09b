#!/usr/bin/env bash
# Starts this checkout's private PostgreSQL 15 (+PostGIS) and Redis, data under <repo>/.data/.
#
#   etc/services.sh [start]    install what is missing, start both, print connection strings (default)
#   etc/services.sh stop       stop both
#   etc/services.sh status     tell whether each one answers
#   source etc/services.sh     start both, then export ConnectionStrings__Default / __Redis into the
#                              caller (only the ones the caller has not set already)
#
# Ports: STAYHUB_PG_PORT (default 54329), STAYHUB_REDIS_PORT (default 56379), both on 127.0.0.1 only.
# s3rver (local S3 for the blob-store tests): STAYHUB_S3_PORT (default 54569); `source` exports STAYHUB_S3_URL.
# The connection strings are also written to <repo>/.data/services.env.
# Idempotent: a second run with everything up takes well under a second; survives stale pid files.

# ---------------------------------------------------------------------------------------------------
# Sourced: do the work in a child bash (so no `set -e`, variables or functions leak into the caller),
# then export the connection strings the caller has not set. The caller's positional arguments are
# deliberately ignored: a sourced run always means "start".
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  STAYHUB_PG_PORT="${STAYHUB_PG_PORT:-54329}" STAYHUB_REDIS_PORT="${STAYHUB_REDIS_PORT:-56379}" \
  STAYHUB_S3_PORT="${STAYHUB_S3_PORT:-54569}" \
    bash "${BASH_SOURCE[0]}" start || return $?
  if [[ -z "${ConnectionStrings__Default:-}" ]]; then
    export ConnectionStrings__Default="Host=127.0.0.1;Port=${STAYHUB_PG_PORT:-54329};Database=stayhub;Username=stayhub;Password=stayhub"
  else
    export ConnectionStrings__Default
    echo "services: keeping the caller's ConnectionStrings__Default" >&2
  fi
  if [[ -z "${ConnectionStrings__Redis:-}" ]]; then
    export ConnectionStrings__Redis="127.0.0.1:${STAYHUB_REDIS_PORT:-56379}"
  else
    export ConnectionStrings__Redis
    echo "services: keeping the caller's ConnectionStrings__Redis" >&2
  fi
  # s3rver (see the s3rver section below)
  export STAYHUB_S3_URL="${STAYHUB_S3_URL:-http://127.0.0.1:${STAYHUB_S3_PORT:-54569}}"
  return 0
fi

# ---------------------------------------------------------------------------------------------------
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
DATA="$REPO/.data"
PG_PORT="${STAYHUB_PG_PORT:-54329}"
REDIS_PORT="${STAYHUB_REDIS_PORT:-56379}"
PG_BIN=/usr/lib/postgresql/15/bin
PG_EXT_DIR=/usr/share/postgresql/15/extension
CS_DEFAULT="Host=127.0.0.1;Port=$PG_PORT;Database=stayhub;Username=stayhub;Password=stayhub"
CS_REDIS="127.0.0.1:$REDIS_PORT"
# Fallback data dir when the postgres OS user cannot reach <repo>/.data (a parent not traversable).
PG_FALLBACK="/var/tmp/stayhub-pg-$(printf '%s' "$REPO" | sha256sum | cut -c1-12)"

say() { echo "services: $*" >&2; }
die() { echo "services: ERROR: $*" >&2; exit 1; }

IS_ROOT=0; [[ "$(id -u)" == 0 ]] && IS_ROOT=1

# Run a PostgreSQL tool as the postgres OS user (initdb/pg_ctl refuse root). From / so that a caller's
# cwd the postgres user cannot enter (e.g. /root) does not cause warnings.
as_pg() {
  if (( IS_ROOT )); then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# ---------------------------------------------------------------------------------------------------
install_missing() {
  local need=()
  [[ -x "$PG_BIN/postgres" ]] || need+=(postgresql-15)
  [[ -f "$PG_EXT_DIR/postgis.control" ]] || need+=(postgresql-15-postgis-3)
  { command -v redis-server && command -v redis-cli; } >/dev/null 2>&1 || need+=(redis-server)
  (( ${#need[@]} )) || return 0

  local sudo=()
  if (( ! IS_ROOT )); then
    command -v sudo >/dev/null 2>&1 || die "missing packages (${need[*]}) and not root / no sudo to install them"
    sudo=(sudo)
  fi
  say "installing ${need[*]} with apt-get (one-time, ~15-60 s) ..."
  local t0=$SECONDS
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 install -y \
    --no-install-recommends "${need[@]}" >&2
  say "installed ${need[*]} in $((SECONDS - t0)) s"
  [[ -x "$PG_BIN/postgres" ]] || die "$PG_BIN/postgres still missing after install"
  [[ -f "$PG_EXT_DIR/postgis.control" ]] || die "postgis.control still missing after install"
  command -v redis-server >/dev/null 2>&1 || die "redis-server still missing after install"
}

# ---------------------------------------------------------------------------------------------------
# PostgreSQL
pick_pgdata() {
  local inrepo="$DATA/pg"
  # Keep using whichever folder already holds a cluster.
  if [[ -f "$inrepo/PG_VERSION" ]]; then PGDATA_DIR="$inrepo"; PG_LOG="$DATA/pg.log"; return; fi
  if [[ -f "$PG_FALLBACK/PG_VERSION" ]]; then PGDATA_DIR="$PG_FALLBACK"; PG_LOG="$PG_FALLBACK.log"; return; fi
  mkdir -p "$inrepo"
  chmod 700 "$inrepo"
  if (( IS_ROOT )); then chown postgres:postgres "$inrepo"; fi
  if as_pg test -w "$inrepo" -a -x "$inrepo"; then
    PGDATA_DIR="$inrepo"; PG_LOG="$DATA/pg.log"
  else
    rmdir "$inrepo" 2>/dev/null || true
    PGDATA_DIR="$PG_FALLBACK"; PG_LOG="$PG_FALLBACK.log"
    say "NOTE: the postgres OS user cannot reach $inrepo (a parent folder is not traversable);"
    say "      using $PGDATA_DIR for the PostgreSQL data instead (log: $PG_LOG)"
    mkdir -p "$PGDATA_DIR"; chmod 700 "$PGDATA_DIR"
    if (( IS_ROOT )); then chown postgres:postgres "$PGDATA_DIR"; fi
  fi
}

pg_sockdir() {
  # Unix socket paths are limited to ~107 bytes; use /tmp when the data folder path is too long.
  local s="$PGDATA_DIR/.s.PGSQL.$PG_PORT"
  if (( ${#s} > 100 )); then echo /tmp; else echo "$PGDATA_DIR"; fi
}

pg_init() {
  [[ -f "$PGDATA_DIR/PG_VERSION" ]] && return 0
  say "initdb $PGDATA_DIR"
  local locale=(--no-locale)
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' && locale=(--locale=C.UTF-8)
  as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres -E UTF8 "${locale[@]}" \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
}

# Writes stayhub.conf + pg_hba.conf; prints "changed" when either file differs from before.
pg_configure() {
  local sock conf hba changed=0
  sock="$(pg_sockdir)"
  conf="# Written by etc/services.sh on every start; edit the script, not this file.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$sock'
max_connections = 300
shared_buffers = 256MB
# This is a disposable dev/test cluster (data can always be recreated by migrations and seeding), so
# durability is traded for speed: no fsync, no waiting for WAL flush at commit, no full-page images.
# A crash of the machine may corrupt it; then delete .data/pg and run this script again.
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
log_min_error_statement = error
log_line_prefix = '%m [%p] %q%u@%d '
"
  hba="# Written by etc/services.sh; edit the script, not this file.
# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       postgres                 trust
local   all       all                      scram-sha-256
host    all       all       127.0.0.1/32   scram-sha-256
"
  if [[ "$(as_pg cat "$PGDATA_DIR/stayhub.conf" 2>/dev/null || true)" != "${conf%$'\n'}" ]]; then
    printf '%s' "$conf" | as_pg tee "$PGDATA_DIR/stayhub.conf" >/dev/null; changed=1
  fi
  if [[ "$(as_pg cat "$PGDATA_DIR/pg_hba.conf" 2>/dev/null || true)" != "${hba%$'\n'}" ]]; then
    printf '%s' "$hba" | as_pg tee "$PGDATA_DIR/pg_hba.conf" >/dev/null; changed=1
  fi
  if ! as_pg grep -q "^include_if_exists = 'stayhub.conf'" "$PGDATA_DIR/postgresql.conf"; then
    printf "\n# Settings for this checkout (etc/services.sh):\ninclude_if_exists = 'stayhub.conf'\n" |
      as_pg tee -a "$PGDATA_DIR/postgresql.conf" >/dev/null
    changed=1
  fi
  (( changed )) && echo changed || true
}

# True when postmaster.pid names a live postgres process. A pid file left by a reboot (or a killed
# server) whose pid is now unused or taken by another program is removed, so pg_ctl can start.
pg_alive() {
  local pidfile="$PGDATA_DIR/postmaster.pid" pid comm sock
  as_pg test -f "$pidfile" || return 1
  pid="$(as_pg head -n1 "$pidfile" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && comm="$(cat "/proc/$pid/comm" 2>/dev/null)" && [[ "$comm" == postgres* ]]; then
    return 0
  fi
  say "removing stale $pidfile (pid '${pid}' is not a running postgres)"
  as_pg rm -f "$pidfile"
  # A socket lock file in our own data folder may name the same reused pid; one in /tmp is left alone.
  sock="$(pg_sockdir)"
  if [[ "$sock" == "$PGDATA_DIR" ]]; then
    as_pg rm -f "$sock/.s.PGSQL.$PG_PORT.lock" "$sock/.s.PGSQL.$PG_PORT"
  fi
  return 1
}

pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2 >/dev/null 2>&1; }

pg_start() {
  pick_pgdata
  pg_init
  local changed; changed="$(pg_configure)"
  if (( IS_ROOT )); then
    touch "$PG_LOG"; chown postgres:postgres "$PG_LOG"
  fi
  if pg_alive; then
    if [[ -n "$changed" ]] || ! pg_ready; then
      say "restarting PostgreSQL (configuration or port changed)"
      as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 -m fast restart >/dev/null ||
        die "PostgreSQL restart failed; see $PG_LOG"
    fi
  else
    if pg_ready; then
      die "something else already serves PostgreSQL on 127.0.0.1:$PG_PORT; stop it or set STAYHUB_PG_PORT"
    fi
    say "starting PostgreSQL on 127.0.0.1:$PG_PORT (data $PGDATA_DIR)"
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 start >/dev/null ||
      { tail -n 20 "$PG_LOG" >&2 || true; die "PostgreSQL did not start; see $PG_LOG"; }
  fi
  local i
  for ((i = 0; i < 60; i++)); do pg_ready && break; sleep 0.5; done
  pg_ready || die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT; see $PG_LOG"
  pg_provision
}

pg_super() {
  as_pg env PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    -h "$(pg_sockdir)" -p "$PG_PORT" -U postgres "$@"
}

pg_provision() {
  local ext_sql="CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS postgis;"
  # Role (login + createdb, never superuser) and its database. Idempotent.
  pg_super -d postgres <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stayhub') THEN
    CREATE ROLE stayhub LOGIN CREATEDB NOSUPERUSER PASSWORD 'stayhub';
  END IF;
END
$$;
SELECT 'CREATE DATABASE stayhub OWNER stayhub'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'stayhub')
\gexec
SQL
  # Extensions in template1 (so every database created later, e.g. by tests, has them) and in stayhub.
  pg_super -d template1 <<<"$ext_sql"
  pg_super -d stayhub <<<"$ext_sql"
}

pg_stop() {
  pick_pgdata
  if pg_alive; then
    say "stopping PostgreSQL ($PGDATA_DIR)"
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -w -t 60 -m fast stop >/dev/null
  else
    say "PostgreSQL is not running"
  fi
}

# ---------------------------------------------------------------------------------------------------
# Redis
redis_ping() { [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

redis_start() {
  redis_ping && return 0
  local dir="$DATA/redis"
  mkdir -p "$dir"
  rm -f "$dir/redis.pid"   # stale after a reboot or a kill; redis writes a fresh one
  say "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" ||
    die "redis-server failed to start; see $dir/redis.log"
  local i
  for ((i = 0; i < 100; i++)); do redis_ping && return 0; sleep 0.1; done
  tail -n 20 "$dir/redis.log" >&2 || true
  die "Redis does not answer PONG on 127.0.0.1:$REDIS_PORT; see $dir/redis.log"
}

redis_stop() {
  if command -v redis-cli >/dev/null 2>&1 && redis_ping; then
    say "stopping Redis on 127.0.0.1:$REDIS_PORT"
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  else
    say "Redis is not running"
  fi
  rm -f "$DATA/redis/redis.pid"
}

# ---------------------------------------------------------------------------------------------------
# s3rver: an S3-compatible server from npm (pinned in etc/tools/package-lock.json, installed with npm ci
# into the ignored etc/tools/node_modules) for the S3 blob-store tests and Blob__Provider=S3 runs.
# Credentials S3RVER / S3RVER; bucket "stayhub" exists from the start; data under .data/s3.
S3_PORT="${STAYHUB_S3_PORT:-54569}"
S3_URL="http://127.0.0.1:$S3_PORT"
S3_TOOLS="$REPO/etc/tools"
S3_MAIN="$S3_TOOLS/node_modules/s3rver/bin/s3rver.js"
S3_PIDFILE="$DATA/s3rver.pid"

# Only an S3 server answers an anonymous GET / with ListAllMyBucketsResult, whatever else may hold the port.
s3_ping() {
  local body
  if command -v curl >/dev/null 2>&1; then
    body="$(curl -s -m 2 "$S3_URL/" 2>/dev/null || true)"
  else
    body="$(timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$S3_PORT && printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && cat <&3" 2>/dev/null || true)"
  fi
  [[ "$body" == *ListAllMyBucketsResult* ]]
}

s3_install() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    local sudo=()
    if (( ! IS_ROOT )); then
      command -v sudo >/dev/null 2>&1 || die "node/npm missing and not root / no sudo to install them"
      sudo=(sudo)
    fi
    say "installing nodejs and npm with apt-get (one-time) ..."
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 install -y \
      --no-install-recommends nodejs npm >&2
  fi
  # npm writes node_modules/.package-lock.json last: newer than the lock file means the install is current.
  if [[ ! -f "$S3_MAIN" || ! "$S3_TOOLS/node_modules/.package-lock.json" -nt "$S3_TOOLS/package-lock.json" ]]; then
    say "installing s3rver (npm ci in etc/tools) ..."
    (cd "$S3_TOOLS" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci in $S3_TOOLS failed"
  fi
}

s3_start() {
  s3_ping && return 0
  if (exec 3<>"/dev/tcp/127.0.0.1/$S3_PORT") 2>/dev/null; then
    die "something else already listens on 127.0.0.1:$S3_PORT; stop it or set STAYHUB_S3_PORT"
  fi
  s3_install
  mkdir -p "$DATA/s3"
  say "starting s3rver on $S3_URL (data $DATA/s3)"
  # Own session, so that neither this script's exit nor a Ctrl+C in the caller's terminal stops it.
  setsid node "$S3_MAIN" -d "$DATA/s3" -a 127.0.0.1 -p "$S3_PORT" --silent --configure-bucket stayhub \
    >>"$DATA/s3rver.log" 2>&1 </dev/null &
  echo "$!" >"$S3_PIDFILE"
  local i
  for ((i = 0; i < 150; i++)); do s3_ping && return 0; sleep 0.1; done
  tail -n 20 "$DATA/s3rver.log" >&2 || true
  die "s3rver does not answer on $S3_URL; see $DATA/s3rver.log"
}

s3_stop() {
  local pid i
  pid="$(cat "$S3_PIDFILE" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q s3rver; then
    say "stopping s3rver on $S3_URL"
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  else
    say "s3rver is not running"
  fi
  rm -f "$S3_PIDFILE"
}

# ---------------------------------------------------------------------------------------------------
write_env() {
  mkdir -p "$DATA"
  local tmp="$DATA/services.env.tmp"
  {
    echo "# Written by etc/services.sh. Source it (or source etc/services.sh) to use these."
    echo "export ConnectionStrings__Default='$CS_DEFAULT'"
    echo "export ConnectionStrings__Redis='$CS_REDIS'"
    echo "export STAYHUB_S3_URL='$S3_URL'"
  } >"$tmp"
  mv -f "$tmp" "$DATA/services.env"
}

cmd="${1:-start}"
case "$cmd" in
  start)
    mkdir -p "$DATA"
    install_missing
    pg_start
    redis_start
    s3_start
    write_env
    echo "PostgreSQL: ConnectionStrings__Default='$CS_DEFAULT'"
    echo "Redis:      ConnectionStrings__Redis='$CS_REDIS'"
    echo "s3rver:     STAYHUB_S3_URL='$S3_URL' (access key S3RVER, secret S3RVER, bucket stayhub)"
    echo "(also in $DATA/services.env)"
    ;;
  stop)
    if [[ -x "$PG_BIN/pg_ctl" ]]; then pg_stop; fi
    redis_stop
    s3_stop
    ;;
  status)
    rc=0
    if pg_ready; then echo "PostgreSQL: up on 127.0.0.1:$PG_PORT"; else echo "PostgreSQL: down"; rc=1; fi
    if command -v redis-cli >/dev/null 2>&1 && redis_ping; then echo "Redis: up on 127.0.0.1:$REDIS_PORT"
    else echo "Redis: down"; rc=1; fi
    if s3_ping; then echo "s3rver: up on $S3_URL"; else echo "s3rver: down"; rc=1; fi
    exit "$rc"
    ;;
  *)
    echo "usage: $0 [start|stop|status]   (or: source $0)" >&2
    exit 2
    ;;
esac
