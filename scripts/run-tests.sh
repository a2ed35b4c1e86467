#!/usr/bin/env bash
# The Tests command (README.md, "## Tests"; .ci/run runs it): install and start the real parts,
# run every test of every module (unit tests, then the *IT integration tests) with `mvn verify`,
# and always stop what this script started. Exits with Maven's status.
#
#   bash scripts/run-tests.sh [extra Maven arguments, e.g. -pl common -am]
#
# When the real parts are already up (scripts/test-infra.sh start), they are used and left running.
set -euo pipefail

cd "$(dirname "$0")/.."
INFRA=scripts/test-infra.sh
STATE=${CONTAINERBUILD_INFRA_STATE:-/tmp/containerbuild-infra}
started=0
maven_status=
timings=()

log() { printf '[run-tests] %s\n' "$*" >&2; }

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }

# On failure the parts' logs are the first thing to look at; CI machines are gone afterwards, so
# print their tails here and keep the state directory for whoever can still look.
report_failure() {
  local file
  log "FAILED. Test reports: */target/surefire-reports and */target/failsafe-reports"
  log "Logs of the real parts: $STATE/logs"
  for file in "$STATE"/logs/*.log; do
    [[ -f $file ]] || continue
    log "--- last lines of $file"
    tail -n 15 "$file" >&2 || true
  done
}

finish() {
  local status=$? t
  trap - EXIT
  [[ -n $maven_status ]] && status=$maven_status
  ((status == 0)) || report_failure
  if ((started)); then
    t=$(now)
    if ((status == 0)); then
      bash "$INFRA" stop || log "stopping the real parts failed"
    else
      bash "$INFRA" stop --keep-state || log "stopping the real parts failed"
    fi
    timings+=("stop $(since "$t")")
  fi
  log "timings: ${timings[*]}"
  exit "$status"
}

trap finish EXIT
trap 'exit 130' INT  # so that finish runs on Ctrl-C
trap 'exit 143' TERM # and when CI stops us

t=$(now)
bash "$INFRA" install
timings+=("install $(since "$t")")

t=$(now)
if bash "$INFRA" status >/dev/null 2>&1; then
  log "the real parts are already running; using them and leaving them up"
else
  started=1
  bash "$INFRA" start
fi
timings+=("start $(since "$t")")

# The contract the tests read (README.md, "The real parts").
set -a
# shellcheck source=/dev/null
. "$STATE/env"
set +a

t=$(now)
log "mvn -B -ntp -Dstyle.color=never verify $*"
mvn -B -ntp -Dstyle.color=never verify "$@" && maven_status=0 || maven_status=$?
timings+=("maven $(since "$t")")
