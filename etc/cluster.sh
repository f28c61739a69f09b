#!/usr/bin/env bash
# A real cluster on loopback: this checkout's services (etc/services.sh), N host processes (default 2) built once in
# Release, and HAProxy in front of them on one port. Nodes share PostgreSQL (database stayhub_cluster), Redis (key
# prefix cluster:) and the s3rver blob store; HAProxy health-checks each node on /health/ready and adds
# X-Forwarded-For, which the nodes trust from 127.0.0.1 only (ForwardedHeaders__KnownProxies).
#
#   etc/cluster.sh start            services, build, migrate once, N nodes, HAProxy (installed with apt-get when absent)
#   etc/cluster.sh stop             HAProxy and the nodes (the services keep running; etc/services.sh stop stops them)
#   etc/cluster.sh status           each node's pid, port and readiness; the balancer's readiness
#   etc/cluster.sh node-kill I      SIGKILL node I (1-based), as a crash would     (used by etc/cluster/*)
#   etc/cluster.sh node-start I     start node I again and wait until it is ready  (used by etc/cluster/*)
#   etc/cluster.sh env              print the cluster's addresses as shell assignments
#   etc/cluster.sh pg-restart [S]   stop this checkout's PostgreSQL, keep it down S seconds (5), start it (fault scenarios)
#   etc/cluster.sh redis-stop       stop this checkout's Redis; redis-start starts it again    (fault scenarios)
#
# Env (each optional): STAYHUB_CLUSTER_NODES (2), STAYHUB_CLUSTER_PORT (balancer, 5180), STAYHUB_CLUSTER_NODE_PORT
# (first node's port, 5181; node I listens on +I-1), STAYHUB_CLUSTER_DB (stayhub_cluster), STAYHUB_CLUSTER_FRESH=1
# (drop and recreate the database first), STAYHUB_CLUSTER_NO_BUILD=1, STAYHUB_CLUSTER_GLOBAL_LIMIT (1000000 requests
# a minute per caller, so load scenarios measure the nodes, not the limiter), STAYHUB_CLUSTER_AUTH_LIMIT (100 a
# minute per client address on the credential endpoints: the budget the rate-limit scenario spends),
# STAYHUB_CLUSTER_IDEMPOTENCY_LEASE (00:00:15: how long a key left in progress by a killed node blocks its retries;
# the product default is 2 minutes), plus STAYHUB_PG_PORT / STAYHUB_REDIS_PORT / STAYHUB_S3_PORT for the services.
# Logs, pid files and haproxy.cfg live under .data/cluster/.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
DIR="$REPO/.data/cluster"
NODES="${STAYHUB_CLUSTER_NODES:-2}"
LB_PORT="${STAYHUB_CLUSTER_PORT:-5180}"
NODE_PORT="${STAYHUB_CLUSTER_NODE_PORT:-5181}"
DB="${STAYHUB_CLUSTER_DB:-stayhub_cluster}"
DLL="$REPO/host/StayHub.Host/bin/Release/net10.0/StayHub.Host.dll"
READY_TIMEOUT="${STAYHUB_CLUSTER_READY_TIMEOUT:-180}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "cluster: $*" >&2; }
die() { echo "cluster: ERROR: $*" >&2; exit 1; }

[[ "$NODES" =~ ^[1-9][0-9]?$ ]] || die "STAYHUB_CLUSTER_NODES must be 1-99, not '$NODES'"

node_port() { echo $((NODE_PORT + $1 - 1)); }
node_pidfile() { echo "$DIR/node-$1.pid"; }
ready() { curl -fs -m 3 -o /dev/null "http://127.0.0.1:$1/health/ready"; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A pid file's process, when it is still one of our hosts (a reused pid is not ours to signal).
live_pid() {
  local pid
  pid="$(cat "$1" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$2" && echo "$pid"
}

load_services() {
  # shellcheck source=etc/services.sh
  source "$REPO/etc/services.sh" >/dev/null || die "starting the services failed"
  SERVER_CS="$ConnectionStrings__Default"
  PSQL_URL="postgresql://stayhub:stayhub@127.0.0.1:${STAYHUB_PG_PORT:-54329}"
}

node_env() {
  export ConnectionStrings__Default="${SERVER_CS/Database=stayhub;/Database=$DB;}"
  export ConnectionStrings__Redis
  export ASPNETCORE_ENVIRONMENT=Production Identity__RequireHttps=false
  # One issuer whichever node signs a token, so a token taken on one node is valid on every other.
  export Identity__Issuer="http://127.0.0.1:$LB_PORT/"
  export ForwardedHeaders__KnownProxies=127.0.0.1
  export Cache__KeyPrefix=cluster:
  export Blob__Provider=S3 Blob__S3__ServiceUrl="$STAYHUB_S3_URL" Blob__S3__Bucket=stayhub \
    Blob__S3__AccessKey=S3RVER Blob__S3__SecretKey=S3RVER
  export Admin__Email=cluster-admin@stayhub.test Admin__Password='Cluster-Keeper-2026!'
  export Email__PickupFolder="$DIR/mail"
  export RateLimiting__Global__PermitLimit="${STAYHUB_CLUSTER_GLOBAL_LIMIT:-1000000}"
  export RateLimiting__Auth__PermitLimit="${STAYHUB_CLUSTER_AUTH_LIMIT:-100}"
  export Idempotency__InProgressTimeout="${STAYHUB_CLUSTER_IDEMPOTENCY_LEASE:-00:00:15}"
  export Logging__LogLevel__Default=Warning Logging__LogLevel__StayHub=Information
}

start_node() { # index → starts it in its own session, does not wait
  local i="$1" port pid
  port="$(node_port "$i")"
  if pid="$(live_pid "$(node_pidfile "$i")" StayHub.Host)"; then say "node $i already runs (pid $pid)"; return 0; fi
  port_busy "$port" && die "127.0.0.1:$port is taken by another program; set STAYHUB_CLUSTER_NODE_PORT"
  (
    node_env
    export ASPNETCORE_URLS="http://127.0.0.1:$port"
    cd "$DIR"
    setsid dotnet "$DLL" >>"$DIR/node-$i.log" 2>&1 </dev/null &
    echo "$!" >"$(node_pidfile "$i")"
  )
  say "node $i starting on 127.0.0.1:$port (pid $(cat "$(node_pidfile "$i")"), log .data/cluster/node-$i.log)"
}

wait_node() {
  local i="$1" port t0=$SECONDS
  port="$(node_port "$i")"
  until ready "$port"; do
    live_pid "$(node_pidfile "$i")" StayHub.Host >/dev/null || { tail -n 30 "$DIR/node-$i.log" >&2; die "node $i exited"; }
    (( SECONDS - t0 < READY_TIMEOUT )) || die "node $i not ready after ${READY_TIMEOUT}s; see $DIR/node-$i.log"
    sleep 0.2
  done
  say "node $i ready on 127.0.0.1:$port after $((SECONDS - t0)) s"
}

kill_node() {
  local pid
  if pid="$(live_pid "$(node_pidfile "$1")" StayHub.Host)"; then
    kill -KILL "$pid"
    local n; for ((n = 0; n < 100; n++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    say "node $1 (pid $pid) killed"
  fi
  rm -f "$(node_pidfile "$1")"
}

stop_node() {
  local pid n
  if pid="$(live_pid "$(node_pidfile "$1")" StayHub.Host)"; then
    kill -TERM "$pid"
    for ((n = 0; n < 150; n++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    say "node $1 (pid $pid) stopped"
  fi
  rm -f "$(node_pidfile "$1")"
}

ensure_haproxy() {
  command -v haproxy >/dev/null 2>&1 && return 0
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "haproxy missing and not root / no sudo to install it"
    sudo=(sudo)
  fi
  say "installing haproxy with apt-get (one-time) ..."
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get -q -o DPkg::Lock::Timeout=300 update >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get -q -o DPkg::Lock::Timeout=300 install -y \
    --no-install-recommends haproxy >&2
  command -v haproxy >/dev/null 2>&1 || die "haproxy still missing after apt-get install"
}

# What the balancer itself answers when no node can (all down or not ready: 503), when a node dies mid-request (502)
# or does not answer in time (504): Problem Details like the nodes' own, with Retry-After, never HAProxy's HTML page.
write_error_files() {
  mkdir -p "$DIR/errors"
  local status reason detail
  for status in 502 503 504; do
    case "$status" in
      502) reason="Bad Gateway"; detail="The node handling the request failed before answering; retry (with the same Idempotency-Key for a write)." ;;
      503) reason="Service Unavailable"; detail="No node can answer right now; retry after the number of seconds in the Retry-After header." ;;
      504) reason="Gateway Timeout"; detail="The node did not answer in time; retry (with the same Idempotency-Key for a write)." ;;
    esac
    printf 'HTTP/1.1 %s %s\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{"type":"https://tools.ietf.org/html/rfc9110#section-15.6","title":"%s","status":%s,"detail":"%s","code":"service_unavailable"}\n' \
      "$status" "$reason" "$reason" "$status" "$detail" >"$DIR/errors/$status.http"
  done
}

write_haproxy_cfg() {
  local i
  write_error_files
  {
    cat <<CFG
# Written by etc/cluster.sh on every start; edit the script, not this file.
global
  maxconn 4096
  log stderr format short local0 warning

defaults
  mode http
  log global
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout http-request 10s
  timeout http-keep-alive 10s
  # A readiness check slower than this counts as failed (the nodes' own checks give up after 3 s).
  timeout check 2s
  # A connection refused by a dead node is tried again on another one (the request never reached a host).
  retries 2
  option redispatch 1
  option forwardfor
  errorfile 502 $DIR/errors/502.http
  errorfile 503 $DIR/errors/503.http
  errorfile 504 $DIR/errors/504.http

frontend stayhub
  bind 127.0.0.1:$LB_PORT
  default_backend nodes

backend nodes
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  # Checked every second; two failures take a node out, one success puts it back. Requests already on a node that
  # goes out are left to finish (a node only unready, e.g. while PostgreSQL restarts, may still answer them).
  default-server inter 1s fall 2 rise 1
CFG
    for ((i = 1; i <= NODES; i++)); do echo "  server node$i 127.0.0.1:$(node_port "$i") check"; done
  } >"$DIR/haproxy.cfg.tmp"
  mv -f "$DIR/haproxy.cfg.tmp" "$DIR/haproxy.cfg"
}

start_haproxy() {
  local pid
  if pid="$(live_pid "$DIR/haproxy.pid" haproxy)"; then
    say "haproxy already runs (pid $pid); reloading its configuration"
    kill "$pid"; sleep 0.3
  fi
  port_busy "$LB_PORT" && die "127.0.0.1:$LB_PORT is taken by another program; set STAYHUB_CLUSTER_PORT"
  haproxy -c -q -f "$DIR/haproxy.cfg" || die "haproxy rejects $DIR/haproxy.cfg"
  # -D: daemon in its own session; -p: pid file for stop.
  haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid" >>"$DIR/haproxy.log" 2>&1 </dev/null
  local n
  for ((n = 0; n < 100; n++)); do ready "$LB_PORT" && break; sleep 0.2; done
  ready "$LB_PORT" || die "the balancer on 127.0.0.1:$LB_PORT does not answer /health/ready; see $DIR/haproxy.log"
  say "haproxy on http://127.0.0.1:$LB_PORT (config .data/cluster/haproxy.cfg)"
}

stop_haproxy() {
  local pid n
  if pid="$(live_pid "$DIR/haproxy.pid" haproxy)"; then
    kill "$pid"
    for ((n = 0; n < 50; n++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    say "haproxy (pid $pid) stopped"
  fi
  rm -f "$DIR/haproxy.pid"
}

# This checkout's PostgreSQL data folder, as etc/services.sh picks it (in .data/pg, or its fallback under /var/tmp).
pg_data_dir() {
  local fallback="/var/tmp/stayhub-pg-$(printf '%s' "$REPO" | sha256sum | cut -c1-12)"
  if [[ -f "$REPO/.data/pg/PG_VERSION" ]]; then echo "$REPO/.data/pg"; else echo "$fallback"; fi
}

as_pg() { if [[ "$(id -u)" == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

# Stops this checkout's PostgreSQL (fast: sessions are cut, as in a crash of the server process), keeps it down for
# the given seconds, starts it again and waits until it accepts connections. Only ever the cluster on our own port.
pg_restart() {
  local down="$1" data pg_bin=/usr/lib/postgresql/15/bin
  data="$(pg_data_dir)"
  as_pg "$pg_bin/pg_ctl" -D "$data" -w -t 60 -m fast stop >/dev/null
  say "PostgreSQL stopped; down for $down s"
  sleep "$down"
  local log="$data.log"   # where etc/services.sh logs: .data/pg.log, or beside its fallback folder
  as_pg "$pg_bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start >/dev/null
  say "PostgreSQL started again"
}

print_env() {
  echo "STAYHUB_CLUSTER_URL=http://127.0.0.1:$LB_PORT"
  local i urls=()
  for ((i = 1; i <= NODES; i++)); do urls+=("http://127.0.0.1:$(node_port "$i")"); done
  echo "STAYHUB_CLUSTER_NODE_URLS=$(IFS=,; echo "${urls[*]}")"
  echo "STAYHUB_CLUSTER_DATABASE=$DB"
}

cmd="${1:-start}"
mkdir -p "$DIR"
case "$cmd" in
  start)
    t0=$SECONDS
    ensure_haproxy
    load_services
    if [[ "${STAYHUB_CLUSTER_FRESH:-}" == 1 ]]; then
      for ((i = 1; i <= NODES; i++)); do stop_node "$i"; done
      psql "$PSQL_URL/stayhub" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
      redis-cli -h 127.0.0.1 -p "${STAYHUB_REDIS_PORT:-56379}" --scan --pattern 'cluster:*' |
        xargs -r -n 500 redis-cli -h 127.0.0.1 -p "${STAYHUB_REDIS_PORT:-56379}" del >/dev/null
    fi
    if [[ -z "$(psql "$PSQL_URL/stayhub" -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]]; then
      psql "$PSQL_URL/stayhub" -qc "CREATE DATABASE $DB" >/dev/null
      say "created database $DB"
    fi
    if [[ "${STAYHUB_CLUSTER_NO_BUILD:-}" != 1 ]]; then
      say "building the host (Release) ..."
      timeout 900 dotnet build "$REPO/host/StayHub.Host" -c Release -v q -nologo >"$DIR/build.log" 2>&1 ||
        { tail -n 30 "$DIR/build.log" >&2; die "build failed; see $DIR/build.log"; }
    fi
    [[ -f "$DLL" ]] || die "$DLL missing; build first (or drop STAYHUB_CLUSTER_NO_BUILD)"
    # Migrations once, before any node (each node's own start-up migration then finds nothing to do; the migrator's
    # advisory lock would serialise them anyway).
    ( node_env; cd "$DIR"; timeout 300 dotnet "$DLL" migrate >"$DIR/migrate.log" 2>&1 ) ||
      { tail -n 30 "$DIR/migrate.log" >&2; die "migration failed; see $DIR/migrate.log"; }
    say "database $DB migrated"
    for ((i = 1; i <= NODES; i++)); do start_node "$i"; done
    for ((i = 1; i <= NODES; i++)); do wait_node "$i"; done
    write_haproxy_cfg
    start_haproxy
    say "cluster of $NODES nodes up in $((SECONDS - t0)) s"
    print_env
    ;;
  stop)
    stop_haproxy
    # Every node the pid files know of, also those of a larger cluster started earlier.
    for f in "$DIR"/node-*.pid; do
      [[ -e "$f" ]] || continue
      i="${f##*/node-}"; stop_node "${i%.pid}"
    done
    ;;
  status)
    rc=0
    for ((i = 1; i <= NODES; i++)); do
      port="$(node_port "$i")"
      if pid="$(live_pid "$(node_pidfile "$i")" StayHub.Host)"; then
        if ready "$port"; then echo "node $i: ready on 127.0.0.1:$port (pid $pid)"; else echo "node $i: running, not ready (pid $pid)"; rc=1; fi
      else
        echo "node $i: down"; rc=1
      fi
    done
    if ready "$LB_PORT"; then echo "haproxy: ready on 127.0.0.1:$LB_PORT"; else echo "haproxy: down or no node ready"; rc=1; fi
    exit "$rc"
    ;;
  node-kill)
    [[ "${2:-}" =~ ^[0-9]+$ ]] || die "usage: $0 node-kill INDEX"
    kill_node "$2"
    ;;
  node-start)
    [[ "${2:-}" =~ ^[0-9]+$ ]] || die "usage: $0 node-start INDEX"
    load_services
    start_node "$2"
    wait_node "$2"
    ;;
  env)
    print_env
    ;;
  pg-restart)
    [[ "${2:-5}" =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "usage: $0 pg-restart [SECONDS_DOWN]"
    pg_restart "${2:-5}"
    ;;
  redis-stop)
    redis-cli -h 127.0.0.1 -p "${STAYHUB_REDIS_PORT:-56379}" shutdown nosave >/dev/null 2>&1 || true
    say "Redis on 127.0.0.1:${STAYHUB_REDIS_PORT:-56379} stopped"
    ;;
  redis-start)
    load_services
    say "Redis on 127.0.0.1:${STAYHUB_REDIS_PORT:-56379} running"
    ;;
  *)
    echo "usage: $0 [start|stop|status|node-kill I|node-start I|env|pg-restart [S]|redis-stop|redis-start]" >&2
    exit 2
    ;;
esac
