#!/usr/bin/env bash
# The real parts the tests use: a Docker engine, a registry, PostgreSQL and a git daemon.
#
# Everything listens on loopback or on a private unix socket and lives under one state directory
# ($CONTAINERBUILD_INFRA_STATE, default /tmp/containerbuild-infra). There is no systemd on the CI
# machines, so this script starts each part by hand, remembers its PID, and stops it by that PID.
# Nothing is written to /etc except by apt.
#
#   scripts/test-infra.sh install            install the Debian packages (skips apt when all are there)
#   scripts/test-infra.sh start              start every part, wait until each answers, write <state>/env
#   scripts/test-infra.sh stop [--keep-state] stop every part by PID, then remove <state> (unless kept)
#   scripts/test-infra.sh status             say what runs; exit 0 only when every part answers
#   scripts/test-infra.sh env                print the env file (eval "$(scripts/test-infra.sh env)")
#
# Optional: CONTAINERBUILD_INFRA_AUTH_REGISTRY=1 also starts a registry with basic auth on 127.0.0.1:5001.
set -euo pipefail

STATE=${CONTAINERBUILD_INFRA_STATE:-/tmp/containerbuild-infra}
REGISTRY_ADDR=127.0.0.1:5000
AUTH_REGISTRY_ADDR=127.0.0.1:5001
WITH_AUTH_REGISTRY=${CONTAINERBUILD_INFRA_AUTH_REGISTRY:-0}
PG_PORT=${CONTAINERBUILD_PG_PORT:-55432}
PG_DB=koji_test
PG_USER=koji
PG_PASSWORD=koji
# 9418 is git's own port, so git://127.0.0.1/<repo> (no port, as Koji's allowed_scms expects) works too.
GIT_PORT=${CONTAINERBUILD_GIT_PORT:-9418}
PACKAGES=(docker.io docker-registry busybox-static postgresql git curl util-linux)
# The optional auth registry's user; the hash is bcrypt (cost 5, cheap on purpose) of this test-only password.
AUTH_USER=testuser
AUTH_PASSWORD=testpass
# shellcheck disable=SC2016 # a literal bcrypt hash
AUTH_HTPASSWD='testuser:$2b$05$6u/35oj6TlHPBau53zhXpOXvTYGu2Zstd03tIJsxb0wURDfpmBpwK'

LOGS=$STATE/logs
PIDS=$STATE/pids
MARKER=$STATE/.containerbuild-infra   # stop removes only a directory that start made

log() { printf '[test-infra] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

require_root() {
  [[ $(id -u) == 0 ]] || die "'$1' needs root (apt, dockerd and switching to the postgres user); run it as root"
}

check_state_path() {
  # The path goes into an env file and into rm -rf: keep it plain and absolute.
  [[ $STATE =~ ^/[A-Za-z0-9._/-]+$ && $STATE != / ]] ||
    die "CONTAINERBUILD_INFRA_STATE must be an absolute path of [A-Za-z0-9._/-] (got '$STATE')"
}

# --- processes --------------------------------------------------------------------------------

# Prints the PID recorded for a part when that process is alive and really ours (its command line
# names our state directory), so a stale pid file or a reused PID is never mistaken for a running part.
owned_pid() {
  local file=$PIDS/$1.pid pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$STATE/" || return 1
  echo "$pid"
}

# PIDs of processes left behind under our state directory (a dockerd killed with -9 leaves its
# containerd and shims; a state directory removed by hand leaves everything). Only these programs,
# and only when their command line names our state directory.
leftover_pids() {
  local dir pid exe
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    exe=$(readlink "$dir/exe" 2>/dev/null) || continue
    case ${exe##*/} in
      dockerd* | containerd* | docker-registry* | postgres* | git-daemon*) ;; # "* (deleted)" after an upgrade
      *) continue ;;
    esac
    tr '\0' ' ' <"$dir/cmdline" 2>/dev/null | grep -qF -- "$STATE/" && echo "$pid"
  done
  return 0
}

port_in_use() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

ensure_port_free() { # NAME HOST PORT
  if port_in_use "$2" "$3"; then
    die "$1: $2:$3 is already taken by a process that is not ours (see: ss -ltnp 'sport = :$3'); stop it first"
  fi
}

# wait_ready NAME PID SECONDS CMD...: until CMD succeeds; fails fast when the process dies.
wait_ready() {
  local name=$1 pid=$2 secs=$3 i
  shift 3
  for ((i = 0; i < secs * 10; i++)); do
    if "$@" >/dev/null 2>&1; then
      log "$name ready (pid $pid)"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      fail_with_log "$name" "$name exited during start"
    fi
    sleep 0.1
  done
  fail_with_log "$name" "$name did not answer within ${secs}s"
}

fail_with_log() { # NAME MESSAGE: show the tail of the part's log, then give up
  local name=$1 file=$LOGS/$1.log
  log "ERROR: $2; last lines of $file:"
  tail -n 40 "$file" >&2 2>/dev/null || true
  die "$name failed to start (all logs: $LOGS)"
}

# --- install ----------------------------------------------------------------------------------

cmd_install() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) == "install ok installed" ]] || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    log "packages already installed: ${PACKAGES[*]}"
    return 0
  fi
  require_root install
  log "installing: ${missing[*]}"
  # The machines have policy-rc.d denying service starts, and no systemd: apt starts nothing.
  apt-get -o DPkg::Lock::Timeout=600 -qq update
  DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 \
    apt-get -o DPkg::Lock::Timeout=600 -q install -y "${missing[@]}"
}

# --- start ------------------------------------------------------------------------------------

start_registry() { # NAME ADDR [HTPASSWD-LINE]
  local name=$1 addr=$2 htpasswd=${3:-} pid
  if pid=$(owned_pid "$name"); then log "$name already running (pid $pid)"; return 0; fi
  ensure_port_free "$name" "${addr%:*}" "${addr#*:}"
  # The package's /etc/docker/registry/config.yml listens on every interface: use our own.
  {
    echo "version: 0.1"
    echo "log: {level: warn}"
    echo "storage:"
    echo "  filesystem: {rootdirectory: $STATE/$name-data}"
    echo "  delete: {enabled: true}"
    echo "http:"
    echo "  addr: $addr"
    echo "  secret: containerbuild-tests-only"
    if [[ -n $htpasswd ]]; then
      printf '%s\n' "$htpasswd" >"$STATE/$name.htpasswd"
      echo "auth:"
      echo "  htpasswd: {realm: containerbuild-tests, path: $STATE/$name.htpasswd}"
    fi
  } >"$STATE/$name.yml"
  docker-registry serve "$STATE/$name.yml" >"$LOGS/$name.log" 2>&1 &
  pid=$!
  echo "$pid" >"$PIDS/$name.pid"
  if [[ -n $htpasswd ]]; then
    wait_ready "$name" "$pid" 30 curl -sf -u "$AUTH_USER:$AUTH_PASSWORD" "http://$addr/v2/"
  else
    wait_ready "$name" "$pid" 30 curl -sf "http://$addr/v2/"
  fi
}

start_dockerd() {
  local pid
  if pid=$(owned_pid dockerd); then log "dockerd already running (pid $pid)"; return 0; fi
  # A dockerd that died hard leaves containerd's state (and its pid file, which dockerd would trust)
  # in the exec root; it holds nothing worth keeping.
  rm -rf "$STATE/docker-exec" "$STATE/docker.sock"
  # Our own config file: a system /etc/docker/daemon.json is not read, and dockerd keeps its trust
  # key (a config-file-only setting in 20.10) here instead of writing /etc/docker/key.json.
  printf '{"deprecated-key-path": "%s"}\n' "$STATE/docker-key.json" >"$STATE/daemon.json"
  # overlay2 on the ext4 /tmp is fast; no bridge and no iptables: containers and RUN steps get
  # only loopback and nothing on the host's network changes. 127.0.0.0/8 registries are insecure
  # (plain HTTP) by default.
  dockerd \
    --host "unix://$STATE/docker.sock" \
    --data-root "$STATE/docker" \
    --exec-root "$STATE/docker-exec" \
    --pidfile "$STATE/docker-exec/dockerd.pid" \
    --config-file "$STATE/daemon.json" \
    --storage-driver overlay2 \
    --bridge none --iptables=false --ip-masq=false \
    >"$LOGS/dockerd.log" 2>&1 &
  pid=$!
  echo "$pid" >"$PIDS/dockerd.pid"
  wait_ready dockerd "$pid" 60 curl -sf --unix-socket "$STATE/docker.sock" http://docker/_ping
}

pg_bin() {
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -V | tail -n 1)
  [[ -x $dir/bin/postgres ]] || die "no PostgreSQL server under /usr/lib/postgresql (run: scripts/test-infra.sh install)"
  echo "$dir/bin"
}

as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; }

start_postgres() {
  local bin pid data=$STATE/pg-data sockets=$STATE/pg-run
  if pid=$(owned_pid postgres); then log "postgres already running (pid $pid)"; return 0; fi
  ensure_port_free postgres 127.0.0.1 "$PG_PORT"
  bin=$(pg_bin)
  # root may not run postgres: the server runs as the postgres user, in a data dir it owns.
  as_postgres test -x "$STATE" || die "the postgres user cannot enter $STATE; choose a state dir it can reach"
  rm -f "$data/postmaster.pid" # stale after a hard stop; we already know no postgres of ours runs
  if [[ ! -f $data/PG_VERSION ]]; then
    rm -rf "$data"
    mkdir -p "$data"
    chown postgres:postgres "$data"
    chmod 700 "$data"
    as_postgres "$bin/initdb" -D "$data" --username=postgres --auth-local=peer --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$LOGS/initdb.log" 2>&1 ||
      { tail -n 40 "$LOGS/initdb.log" >&2; die "initdb failed (log: $LOGS/initdb.log)"; }
  fi
  mkdir -p "$sockets"
  chown postgres:postgres "$sockets"
  # setpriv execs postgres, so $! is the postmaster itself. Durability is off: test data only.
  setpriv --reuid=postgres --regid=postgres --init-groups -- "$bin/postgres" -D "$data" \
    -c listen_addresses=127.0.0.1 -c port="$PG_PORT" -c unix_socket_directories="$sockets" \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    >>"$LOGS/postgres.log" 2>&1 &
  pid=$!
  echo "$pid" >"$PIDS/postgres.pid"
  wait_ready postgres "$pid" 60 "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"
  create_test_database "$bin"
}

# The test user and database, made once: \gexec runs each CREATE only when the select returns it.
create_test_database() {
  if ! as_postgres "$1/psql" -X -q -v ON_ERROR_STOP=1 -h "$STATE/pg-run" -p "$PG_PORT" -d postgres \
    -v user="$PG_USER" -v password="$PG_PASSWORD" -v db="$PG_DB" >>"$LOGS/postgres.log" 2>&1 <<'SQL'; then
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
ALTER ROLE :"user" PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
    fail_with_log postgres "could not create role $PG_USER and database $PG_DB"
  fi
}

git_daemon_answers() {
  # A real git daemon names the missing repository; a closed port or another server does not.
  local out
  out=$(git ls-remote "git://127.0.0.1:$GIT_PORT/.readiness-probe.git" 2>&1) || true
  [[ $out == *"no such repository"* ]]
}

start_git_daemon() {
  local pid
  if pid=$(owned_pid git-daemon); then log "git-daemon already running (pid $pid)"; return 0; fi
  ensure_port_free git-daemon 127.0.0.1 "$GIT_PORT"
  mkdir -p "$STATE/git"
  # Read-only (receive-pack stays off); tests create bare repositories in the base path directly.
  # git-daemon itself, not the "git daemon" wrapper, so that $! is the daemon.
  "$(git --exec-path)/git-daemon" --reuseaddr --listen=127.0.0.1 --port="$GIT_PORT" \
    --base-path="$STATE/git" --export-all --informative-errors --verbose \
    >"$LOGS/git-daemon.log" 2>&1 &
  pid=$!
  echo "$pid" >"$PIDS/git-daemon.pid"
  wait_ready git-daemon "$pid" 30 git_daemon_answers
}

write_env() {
  local tmp=$STATE/env.tmp
  {
    echo "# Written by scripts/test-infra.sh start. Source it: . $STATE/env"
    echo "export CONTAINERBUILD_INFRA_STATE='$STATE'"
    echo "export DOCKER_HOST='unix://$STATE/docker.sock'"
    echo "export CONTAINERBUILD_REGISTRY='$REGISTRY_ADDR'"
    echo "export CONTAINERBUILD_PG_URL='jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB'"
    echo "export CONTAINERBUILD_PG_USER='$PG_USER'"
    echo "export CONTAINERBUILD_PG_PASSWORD='$PG_PASSWORD'"
    echo "export CONTAINERBUILD_GIT_ROOT='$STATE/git'"
    echo "export CONTAINERBUILD_GIT_URL='git://127.0.0.1:$GIT_PORT'"
    echo "export CONTAINERBUILD_BUSYBOX='/bin/busybox'"
    if [[ $WITH_AUTH_REGISTRY == 1 ]]; then
      echo "export CONTAINERBUILD_AUTH_REGISTRY='$AUTH_REGISTRY_ADDR'"
      echo "export CONTAINERBUILD_AUTH_REGISTRY_USER='$AUTH_USER'"
      echo "export CONTAINERBUILD_AUTH_REGISTRY_PASSWORD='$AUTH_PASSWORD'"
    fi
  } >"$tmp"
  mv "$tmp" "$STATE/env"
}

cmd_start() {
  require_root start
  check_state_path
  command -v dockerd >/dev/null || die "dockerd is not installed (run: scripts/test-infra.sh install)"
  mkdir -p "$STATE" "$LOGS" "$PIDS"
  chmod 755 "$STATE" # the postgres user must get through to its data dir
  touch "$MARKER"
  start_registry registry "$REGISTRY_ADDR"
  if [[ $WITH_AUTH_REGISTRY == 1 ]]; then
    start_registry registry-auth "$AUTH_REGISTRY_ADDR" "$AUTH_HTPASSWD"
  fi
  start_dockerd
  start_postgres
  start_git_daemon
  write_env
  log "all parts up; env file: $STATE/env (logs: $LOGS)"
}

# --- stop -------------------------------------------------------------------------------------

# wait_gone SECONDS PID...: prints the PIDs still there after SECONDS (zombies count until reaped).
wait_gone() {
  local secs=$1 i pid alive
  shift
  for ((i = 0; i < secs * 10 && $# > 0; i++)); do
    alive=()
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    set -- "${alive[@]}"
    (($# > 0)) && sleep 0.1
  done
  echo "$@"
}

cmd_stop() {
  local keep=0 name pid sig pids=() leftovers remaining
  [[ ${1:-} == --keep-state ]] && keep=1
  check_state_path
  [[ -d $STATE ]] || log "no $STATE; looking for leftovers only"
  # Ask every part to stop at once, then wait for all: dockerd takes 2-3 s (it stops its
  # containers, up to 10 s each, and its containerd), the others well under a second.
  for name in git-daemon postgres dockerd registry-auth registry; do
    pid=$(owned_pid "$name") || continue
    sig=TERM
    [[ $name == postgres ]] && sig=INT # "fast" shutdown: TERM would wait for clients to leave
    log "stopping $name (pid $pid)"
    kill "-$sig" "$pid" 2>/dev/null || true
    pids+=("$pid")
  done
  remaining=$(wait_gone 30 "${pids[@]}")
  # Orphans of a hard stop, or parts whose pid file is gone: ask them too.
  leftovers=$(leftover_pids | tr '\n' ' ')
  if [[ -n ${leftovers// /} ]]; then
    log "stopping leftovers: $leftovers"
    # shellcheck disable=SC2086 # a list of PIDs
    kill -TERM $leftovers 2>/dev/null || true
    # shellcheck disable=SC2086
    remaining+=" $(wait_gone 10 $leftovers)"
  fi
  for pid in $remaining; do
    # A postmaster killed hard leaves its workers, whose command lines do not name the state dir.
    remaining+=" $(ps -o pid= --ppid "$pid" 2>/dev/null | tr '\n' ' ')"
    log "killing pid $pid, which did not stop: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-100)"
  done
  if [[ -n ${remaining// /} ]]; then
    # shellcheck disable=SC2086
    kill -9 $remaining 2>/dev/null || true
    # shellcheck disable=SC2086
    remaining=$(wait_gone 10 $remaining)
    [[ -z ${remaining// /} ]] || log "WARNING: still there after kill -9: $remaining"
  fi
  rm -f "$PIDS"/*.pid
  # dockerd keeps a private mount of its data root (and one per running container); a hard stop
  # leaves them behind, and rm -rf cannot remove a mount point.
  awk -v s="$STATE/" 'index($2, s) == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r mnt; do umount "$mnt" 2>/dev/null || umount -l "$mnt" || true; done
  if ((keep)); then
    log "stopped; state kept in $STATE (logs: $LOGS)"
  elif [[ -f $MARKER ]]; then
    rm -rf "$STATE"
    log "stopped; removed $STATE"
  elif [[ -d $STATE ]]; then
    log "stopped; left $STATE alone (it has no $MARKER, so this script did not make it)"
  fi
}

# --- status, env ------------------------------------------------------------------------------

cmd_status() {
  local ok=0 name pid ready
  local names=(registry dockerd postgres git-daemon)
  [[ $WITH_AUTH_REGISTRY == 1 ]] && names+=(registry-auth)
  for name in "${names[@]}"; do
    if ! pid=$(owned_pid "$name"); then
      echo "$name: not running"
      ok=1
      continue
    fi
    case $name in
      registry) ready=(curl -sf "http://$REGISTRY_ADDR/v2/") ;;
      registry-auth) ready=(curl -sf -u "$AUTH_USER:$AUTH_PASSWORD" "http://$AUTH_REGISTRY_ADDR/v2/") ;;
      dockerd) ready=(curl -sf --unix-socket "$STATE/docker.sock" http://docker/_ping) ;;
      postgres) ready=("$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT") ;;
      git-daemon) ready=(git_daemon_answers) ;;
    esac
    if "${ready[@]}" >/dev/null 2>&1; then
      echo "$name: running (pid $pid), answering"
    else
      echo "$name: running (pid $pid), NOT answering (log: $LOGS/$name.log)"
      ok=1
    fi
  done
  if [[ -f $STATE/env ]]; then
    echo "env file: $STATE/env"
  else
    echo "env file: missing"
    ok=1
  fi
  return "$ok"
}

cmd_env() {
  [[ -f $STATE/env ]] || die "no $STATE/env: start the parts first (bash scripts/test-infra.sh start)"
  cat "$STATE/env"
}

main() {
  local cmd=${1:-}
  shift || true
  case $cmd in
    install) cmd_install ;;
    start) cmd_start ;;
    stop) cmd_stop "$@" ;;
    status) cmd_status ;;
    env) cmd_env ;;
    *)
      sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0" >&2
      exit 2
      ;;
  esac
}

main "$@"
