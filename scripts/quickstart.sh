#!/usr/bin/env bash
# The quick start (README.md, "Quick start"): one command from a fresh clone to a container image in a
# registry, built by `koji container-build`.
#
#   bash scripts/quickstart.sh          build the project, start everything, set up the hub, build the example
#   bash scripts/quickstart.sh stop     stop the hub and the builder (and the Docker engine, registry, PostgreSQL
#                                       and git daemon, when this script started them), and remove the state
#   bash scripts/quickstart.sh status   say what runs
#
# What `start` does, each step safe to repeat (a second run reuses what runs and builds the next release):
#   1. builds every module: mvn -B -q -DskipTests package
#   2. starts the real parts with scripts/test-infra.sh (Docker engine on a private socket, registry on
#      127.0.0.1:5000, PostgreSQL, git daemon on 127.0.0.1:9418) unless they already run; installs the
#      Debian packages first when they are missing (needs root, as dockerd does)
#   3. starts the hub (bin/koji-hub, embedded database) with its first administrator
#   4. sets the hub up with bin/koji admin commands: channels, tags, target, package, builder host,
#      the maintainer, and the osbs account that imports builds (content-generator access, tag permission)
#   5. builds a busybox base image FROM scratch and pushes it to the local registry (no internet needed)
#   6. serves examples/hello-container from a bare git repository through the git daemon
#   7. starts one builder (bin/kojid with the container-build plugin on the local Docker engine)
#   8. runs bin/koji container-build ... --wait as the maintainer, and prints the build and its pull specs
#
# State (configuration, hub database, logs) lives in $CONTAINERBUILD_QUICKSTART_STATE
# (default /tmp/containerbuild-quickstart). The hub listens on 127.0.0.1:$CONTAINERBUILD_QUICKSTART_PORT
# (default 8080).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${CONTAINERBUILD_QUICKSTART_STATE:-/tmp/containerbuild-quickstart}
PORT=${CONTAINERBUILD_QUICKSTART_PORT:-8080}
INFRA_STATE=${CONTAINERBUILD_INFRA_STATE:-/tmp/containerbuild-infra}
HUB_URL=http://127.0.0.1:$PORT/kojihub
REGISTRY=127.0.0.1:5000
BASE_IMAGE=$REGISTRY/containerbuild/busybox:latest
REPO_PATH=quickstart/hello-container.git
TARGET=container-candidate
BUILD_TAG=container-build
DEST_TAG=container-candidate
COMPONENT=hello-container
ADMIN=kojiadmin
MAINTAINER=alice
OSBS_USER=osbs
HOST=builder1
# The accounts' passwords: made once per state directory, kept in it (mode 600).
SECRETS=$STATE/secrets

LOGS=$STATE/logs
PIDS=$STATE/pids

say() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() {
  printf '\nquickstart: ERROR: %s\n' "$*" >&2
  exit 1
}

# --- processes --------------------------------------------------------------------------------

# The PID of a part this script started, when that process is still alive and is the one we started.
owned_pid() {
  local file=$PIDS/$1.pid pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$STATE/" || return 1
  echo "$pid"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

show_log() { # NAME: the last lines of a part's log
  printf '\n--- last lines of %s ---\n' "$LOGS/$1.log" >&2
  tail -n 40 "$LOGS/$1.log" >&2 2>/dev/null || true
}

stop_pid() { # NAME SECONDS: SIGTERM, wait, then SIGKILL
  local name=$1 secs=$2 pid i
  pid=$(owned_pid "$name") || return 0
  info "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < secs * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    info "$name did not stop within ${secs}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDS/$name.pid"
}

# --- the client -------------------------------------------------------------------------------

koji_as() { # PROFILE ARGS...: bin/koji with the quick start's client configuration
  local profile=$1
  shift
  HOME=$STATE/home "$ROOT/bin/koji" -c "$STATE/koji.conf" -p "$profile" "$@"
}

admin() { koji_as quickstart-admin "$@"; }

# An admin command whose output goes into the quick start's report, indented.
admin_do() { admin "$@" | sed 's/^/    /'; }

# Whether the hub knows NAME: `koji call --json-output METHOD NAME` prints null for an unknown one.
known() { # METHOD NAME
  local answer
  answer=$(admin call --json-output "$1" "$2") || die "koji call $1 $2 failed: $answer"
  [[ $answer != null ]]
}

secret() { sed -n "s/^$1=//p" "$SECRETS"; }

# --- steps ------------------------------------------------------------------------------------

build_project() {
  say "Building every module: mvn -B -q -DskipTests package (a few minutes the first time)"
  command -v mvn >/dev/null || die "Maven (mvn) is not installed; install it (e.g. apt-get install maven) and Java 17"
  mkdir -p "$LOGS"
  if ! (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package) >"$LOGS/build.log" 2>&1; then
    show_log build
    die "the build failed (log: $LOGS/build.log)"
  fi
  info "built: bin/koji-hub, bin/kojid, bin/koji"
}

start_infra() {
  say "The Docker engine, registry and git daemon (scripts/test-infra.sh)"
  if CONTAINERBUILD_INFRA_STATE=$INFRA_STATE bash "$ROOT/scripts/test-infra.sh" status >/dev/null 2>&1; then
    info "already running (state in $INFRA_STATE); left as they are"
  else
    [[ $(id -u) == 0 ]] || die "the Docker engine and registry are not running, and starting them needs root;" \
      "run this script as root, or start them with: sudo bash scripts/test-infra.sh start"
    CONTAINERBUILD_INFRA_STATE=$INFRA_STATE bash "$ROOT/scripts/test-infra.sh" install
    CONTAINERBUILD_INFRA_STATE=$INFRA_STATE bash "$ROOT/scripts/test-infra.sh" start
    touch "$STATE/infra-started-by-quickstart"
    info "started; 'bash scripts/quickstart.sh stop' stops them again"
  fi
  # shellcheck disable=SC1091 # written by test-infra.sh
  . "$INFRA_STATE/env"
  export DOCKER_HOST
}

write_configs() {
  mkdir -p "$STATE/hub-data" "$STATE/kojid" "$STATE/osbs" "$STATE/home" "$LOGS" "$PIDS"
  if [[ ! -f $SECRETS ]]; then
    (
      umask 077
      for account in "$ADMIN" "$MAINTAINER" "$OSBS_USER" "$HOST"; do
        echo "$account=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
      done >"$SECRETS.tmp"
    )
    mv "$SECRETS.tmp" "$SECRETS"
  fi
  # Configuration files carry passwords: only we may read them.
  umask 077
  cat >"$STATE/hub.conf" <<EOF
# The quick start's hub (bin/koji-hub --config $STATE/hub.conf); see etc/hub.conf.
[hub]
Address = 127.0.0.1
Port = $PORT
DataDir = $STATE/hub-data
Plugins = hub_containerbuild
EOF
  cat >"$STATE/koji.conf" <<EOF
# bin/koji -c $STATE/koji.conf -p quickstart ...   (quickstart-admin: the hub's administrator)
[quickstart]
server = $HUB_URL
weburl = http://127.0.0.1:$PORT/koji
topurl = http://127.0.0.1:$PORT/kojifiles
authtype = password
user = $MAINTAINER
password = $(secret "$MAINTAINER")
poll_interval = 2

[quickstart-admin]
server = $HUB_URL
weburl = http://127.0.0.1:$PORT/koji
topurl = http://127.0.0.1:$PORT/kojifiles
authtype = password
user = $ADMIN
password = $(secret "$ADMIN")
EOF
  cat >"$STATE/osbs.conf" <<EOF
# The builder's osbs-client configuration; see etc/osbs.conf and docs/osbs-conf.md.
[general]
state_dir = $STATE/osbs
max_concurrent_builds = 2

[engine:local]
platform = x86_64
docker_host = $DOCKER_HOST
slots = 2

[default_binary]
engines = local
registry_uri = http://$REGISTRY
koji_hub = $HUB_URL
koji_user = $OSBS_USER
koji_password = $(secret "$OSBS_USER")

[default_source]
engines = local
registry_uri = http://$REGISTRY
koji_hub = $HUB_URL
koji_user = $OSBS_USER
koji_password = $(secret "$OSBS_USER")
EOF
  cat >"$STATE/kojid.conf" <<EOF
# The quick start's builder (bin/kojid --config $STATE/kojid.conf); see etc/kojid.conf and docs/kojid.md.
[kojid]
server = $HUB_URL
user = $HOST
password = $(secret "$HOST")
workdir = $STATE/kojid
maxjobs = 4
sleeptime = 5
plugins = builder_containerbuild
; git://127.0.0.1/quickstart/... (the git daemon on its default port)
allowed_scms = 127.0.0.1:/quickstart/*
osbs_conf = $STATE/osbs.conf
shutdown_grace = 10
EOF
  umask 022
}

start_hub() {
  say "The hub: bin/koji-hub on $HUB_URL (embedded database in $STATE/hub-data)"
  local pid i
  if pid=$(owned_pid hub); then
    info "already running (pid $pid)"
    return 0
  fi
  port_in_use "$PORT" && die "127.0.0.1:$PORT is taken by another program; choose another port with" \
    "CONTAINERBUILD_QUICKSTART_PORT=NNNN bash scripts/quickstart.sh"
  # create-admin is idempotent: it creates the administrator or sets its password again.
  secret "$ADMIN" | "$ROOT/bin/koji-hub" create-admin --config "$STATE/hub.conf" "$ADMIN" >"$LOGS/create-admin.log" 2>&1 ||
    { show_log create-admin; die "koji-hub create-admin failed"; }
  info "$(cat "$LOGS/create-admin.log")"
  nohup "$ROOT/bin/koji-hub" --config "$STATE/hub.conf" >"$LOGS/hub.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDS/hub.pid"
  for ((i = 0; i < 1200; i++)); do
    grep -q '^koji-hub: serving' "$LOGS/hub.log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { show_log hub; die "the hub exited during its start"; }
    sleep 0.1
  done
  grep -q '^koji-hub: serving' "$LOGS/hub.log" || { show_log hub; die "the hub did not start within 120 s"; }
  info "$(grep '^koji-hub: serving' "$LOGS/hub.log") (pid $pid, log $LOGS/hub.log)"
}

set_up_hub() {
  say "Setting the hub up for container builds, as its administrator, with bin/koji"
  known getChannel container-binary || admin_do add-channel --description "binary container builds" container-binary
  known getChannel container-source || admin_do add-channel --description "source container builds" container-source
  known getTag "$BUILD_TAG" || admin_do add-tag --arches x86_64 "$BUILD_TAG"
  known getTag "$DEST_TAG" || admin_do add-tag "$DEST_TAG"
  known getBuildTarget "$TARGET" || admin_do add-target "$TARGET" "$BUILD_TAG" "$DEST_TAG"
  # add-pkg says so and does nothing when the package is already listed
  admin_do add-pkg --owner "$ADMIN" "$DEST_TAG" "$COMPONENT" "$COMPONENT-source"
  if ! known getHost "$HOST"; then
    secret "$HOST" | admin_do add-host --password - "$HOST" x86_64
    admin_do add-host-to-channel "$HOST" container-binary
    admin_do add-host-to-channel "$HOST" container-source
  fi
  known getUser "$MAINTAINER" || secret "$MAINTAINER" | admin_do add-user --password - "$MAINTAINER"
  if ! known getUser "$OSBS_USER"; then
    # the account osbs-client imports builds with: a content generator's access and the tag permission
    secret "$OSBS_USER" | admin_do add-user --password - "$OSBS_USER"
    admin call grantCGAccess "$OSBS_USER" atomic-reactor create=True >/dev/null
    info "granted content generator atomic-reactor to $OSBS_USER"
    admin_do grant-permission tag "$OSBS_USER"
  fi
  info "target $TARGET builds for x86_64 in $BUILD_TAG and lands in $DEST_TAG;" \
    "$COMPONENT is on its package list; host $HOST is in container-binary and container-source"
}

push_base_image() {
  say "The base image $BASE_IMAGE (busybox-static FROM scratch, no internet needed)"
  command -v docker >/dev/null || die "the docker command is not installed (apt-get install docker.io)"
  if curl -sf -o /dev/null -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://$REGISTRY/v2/containerbuild/busybox/manifests/latest"; then
    info "already in the registry"
    return 0
  fi
  local busybox=${CONTAINERBUILD_BUSYBOX:-/bin/busybox} context
  [[ -x $busybox ]] || die "no static busybox at $busybox (apt-get install busybox-static)"
  context=$(mktemp -d)
  cp "$ROOT/examples/busybox-base/Dockerfile" "$busybox" "$context/"
  docker build -q -t "$BASE_IMAGE" "$context" >"$LOGS/base-image.log" 2>&1 ||
    { show_log base-image; die "docker build of the base image failed"; }
  docker push "$BASE_IMAGE" >>"$LOGS/base-image.log" 2>&1 || { show_log base-image; die "docker push failed"; }
  rm -rf "$context"
  info "built and pushed"
}

serve_example() {
  say "The example repository: examples/hello-container at git://127.0.0.1/$REPO_PATH"
  local bare=$CONTAINERBUILD_GIT_ROOT/$REPO_PATH work=$STATE/hello-container-work
  if [[ ! -d $bare ]]; then
    git init -q --bare -b main "$bare"
    touch "$bare/git-daemon-export-ok"
  fi
  rm -rf "$work"
  git clone -q "$bare" "$work" 2>/dev/null
  git -C "$work" checkout -q -B main
  find "$work" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
  cp -a "$ROOT/examples/hello-container/." "$work/"
  git -C "$work" add -A
  if ! git -C "$work" rev-parse -q --verify HEAD >/dev/null || ! git -C "$work" diff --cached --quiet; then
    git -C "$work" -c user.name=Quickstart -c user.email=quickstart@example.com commit -q -m "hello-container"
    git -C "$work" push -q origin main
  fi
  COMMIT=$(git -C "$work" rev-parse HEAD)
  git ls-remote "git://127.0.0.1/$REPO_PATH" main | grep -q "^$COMMIT" ||
    die "the git daemon does not serve git://127.0.0.1/$REPO_PATH at $COMMIT"
  info "commit $COMMIT on branch main, served by the git daemon"
}

start_builder() {
  say "The builder: bin/kojid as host $HOST, building on the Docker engine at $DOCKER_HOST"
  local pid i
  if pid=$(owned_pid kojid); then
    info "already running (pid $pid)"
    return 0
  fi
  # --force-lock: a builder of an earlier run that was killed may still hold the host's session.
  nohup "$ROOT/bin/kojid" --config "$STATE/kojid.conf" --force-lock >"$LOGS/kojid.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDS/kojid.pid"
  # ready once the hub has seen the host say so
  for ((i = 0; i < 120; i++)); do
    kill -0 "$pid" 2>/dev/null || { show_log kojid; die "the builder exited during its start"; }
    [[ $(admin call --json-output getHost "$HOST" 2>/dev/null) == *'"ready": true'* ]] && break
    sleep 1
  done
  [[ $(admin call --json-output getHost "$HOST") == *'"ready": true'* ]] ||
    { show_log kojid; die "the builder did not report ready within 120 s"; }
  info "running (pid $pid, log $LOGS/kojid.log)"
}

container_build() {
  local src="git://127.0.0.1/$REPO_PATH#$COMMIT" status=0 out
  say "The build, as the maintainer $MAINTAINER:"
  info "bin/koji container-build $TARGET '$src' --git-branch main --wait"
  echo
  out=$STATE/last-build.txt
  koji_as quickstart container-build "$TARGET" "$src" --git-branch main --wait 2>&1 | tee "$out" || status=$?
  if ((status != 0)); then
    show_log kojid
    die "the container build failed (exit status $status); logs: $LOGS; task output: see 'Task info' above"
  fi
  local task nvr
  task=$(sed -n 's/^Created task: //p' "$out")
  nvr=$(koji_as quickstart call --json-output getTaskResult "$task" | python3 -c '
import json, sys
result = json.load(sys.stdin)
print(result["koji_builds"][0] if result.get("koji_builds") else "")')
  say "The build in Koji: bin/koji buildinfo $nvr"
  koji_as quickstart buildinfo "$nvr" | sed 's/^/    /'
  PULL_SPECS=$(koji_as quickstart call --json-output getTaskResult "$task" | python3 -c '
import json, sys
print("\n".join(json.load(sys.stdin)["repositories"]))')
  NVR=$(koji_as quickstart call --json-output getBuild "$nvr" | python3 -c '
import json, sys
print(json.load(sys.stdin)["nvr"])')
}

pull_and_run() {
  local spec
  spec=$(grep -m1 -- '-[0-9]*$' <<<"$PULL_SPECS" || head -n1 <<<"$PULL_SPECS")
  say "Pulling it back from the registry: docker pull $spec"
  docker pull "$spec" | sed 's/^/    /'
  say "Running it: docker run --rm $spec"
  docker run --rm --network none "$spec" | sed 's/^/    /'
}

summary() {
  cat <<EOF

==> Done. $NVR is in the registry under:
$(sed 's/^/      /' <<<"$PULL_SPECS")

    Try it yourself (the Docker engine of the quick start is at $DOCKER_HOST):
      export DOCKER_HOST=$DOCKER_HOST
      docker pull $(head -n1 <<<"$PULL_SPECS")
      bin/koji -c $STATE/koji.conf -p quickstart list-builds
      bin/koji -c $STATE/koji.conf -p quickstart container-build $TARGET 'git://127.0.0.1/$REPO_PATH#$COMMIT' --git-branch main --wait

    Logs: $LOGS (hub.log, kojid.log)
    Run again: bash scripts/quickstart.sh      (builds the next release)
    Stop everything: bash scripts/quickstart.sh stop
EOF
}

# --- commands ---------------------------------------------------------------------------------

cmd_start() {
  [[ $STATE =~ ^/[A-Za-z0-9._/-]+$ && $STATE != / ]] ||
    die "CONTAINERBUILD_QUICKSTART_STATE must be an absolute path of [A-Za-z0-9._/-] (got '$STATE')"
  mkdir -p "$STATE" "$LOGS" "$PIDS"
  touch "$STATE/.containerbuild-quickstart"
  build_project
  start_infra
  write_configs
  start_hub
  set_up_hub
  push_base_image
  serve_example
  start_builder
  container_build
  pull_and_run
  summary
}

cmd_stop() {
  say "Stopping the quick start"
  stop_pid kojid 60
  stop_pid hub 30
  if [[ -f $STATE/infra-started-by-quickstart ]]; then
    CONTAINERBUILD_INFRA_STATE=$INFRA_STATE bash "$ROOT/scripts/test-infra.sh" stop
  elif [[ -f $INFRA_STATE/env ]]; then
    # only the example repository; the parts were running before the quick start and keep running
    # shellcheck disable=SC1091
    (. "$INFRA_STATE/env" && rm -rf "${CONTAINERBUILD_GIT_ROOT:?}/quickstart")
    info "the Docker engine, registry and git daemon were running before the quick start: left running"
  fi
  if [[ -f $STATE/.containerbuild-quickstart ]]; then
    rm -rf "$STATE"
    info "removed $STATE"
  fi
  info "stopped"
}

cmd_status() {
  local name pid
  for name in hub kojid; do
    if pid=$(owned_pid "$name"); then echo "$name: running (pid $pid, log $LOGS/$name.log)"; else echo "$name: not running"; fi
  done
  CONTAINERBUILD_INFRA_STATE=$INFRA_STATE bash "$ROOT/scripts/test-infra.sh" status || true
}

case ${1:-start} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  -h | --help | help) sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0" ;;
  *)
    echo "usage: bash scripts/quickstart.sh [start|stop|status]" >&2
    exit 2
    ;;
esac
