#!/usr/bin/env bash
# Start-up benchmark of bin/koji: median wall time of N fresh runs (default 10) of
#   bin/koji container-build --help      (plugins and Guice loaded, no hub)
#   bin/koji hello                       (profile read, password login, getAPIVersion, getLoggedInUser)
# with and without the class-data sharing archive, beside Python references on the same machine: a bare
# interpreter, and a script doing what `koji hello` does (optparse, configparser, xmlrpc.client, three calls).
# The hub is the Python stand-in hub of the client tests. Build first: mvn -B -DskipTests package
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-10}
work=$(mktemp -d)
hub_pid=""
cleanup() { [ -n "$hub_pid" ] && kill "$hub_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

python3 "$root/client-plugin/src/test/resources/cli/stand_in_hub.py" "$work/requests.jsonl" success > "$work/hub.out" &
hub_pid=$!
for _ in $(seq 50); do grep -q LISTENING "$work/hub.out" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/LISTENING/ {print $2}' "$work/hub.out")
cat > "$work/koji.conf" <<CONF
[bench]
server = http://127.0.0.1:$port/kojihub
weburl = http://127.0.0.1/koji
authtype = password
user = alice
password = secret
CONF
cat > "$work/hello.py" <<'PY'
import configparser, optparse, sys, xmlrpc.client
parser = optparse.OptionParser()
parser.add_option("-c"); parser.add_option("-p")
opts, args = parser.parse_args()
config = configparser.ConfigParser(); config.read(opts.c)
section = config[opts.p]
hub = xmlrpc.client.ServerProxy(section["server"], allow_none=True)
hub.login(section["user"], section["password"], {"opts": None, "__starstar": True})
hub.getAPIVersion()
print("hello, %s!" % hub.getLoggedInUser()["name"])
PY

median() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local mid=$(( runs / 2 ))
  local m
  if (( runs % 2 )); then m=$(echo "$sorted" | sed -n "$(( mid + 1 ))p"); else
    m=$(( ( $(echo "$sorted" | sed -n "${mid}p") + $(echo "$sorted" | sed -n "$(( mid + 1 ))p") ) / 2 )); fi
  printf '| %-48s | %6d ms | %s |\n' "$label" "$m" "$(echo $sorted | tr ' ' ',')"
}

koji="$root/bin/koji"
"$koji" --help > /dev/null   # makes the class-data sharing archive if it is missing or stale
echo "| run ($runs each) | median | all runs, sorted (ms) |"
echo "|---|---|---|"
median "bin/koji container-build --help" "$koji" container-build --help
median "bin/koji hello" "$koji" -c "$work/koji.conf" -p bench hello
median "bin/koji container-build --help, KOJI_CDS=0" env KOJI_CDS=0 "$koji" container-build --help
median "bin/koji hello, KOJI_CDS=0" env KOJI_CDS=0 "$koji" -c "$work/koji.conf" -p bench hello
median "python3 -c pass" python3 -c pass
median "python3 hello.py (optparse+configparser+xmlrpc)" python3 "$work/hello.py" -c "$work/koji.conf" -p bench
