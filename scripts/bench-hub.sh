#!/usr/bin/env bash
# Hub throughput benchmark (docs/benchmarks.md): starts bin/koji-hub with a 256 MiB heap on the embedded
# database or on PostgreSQL, then drives it with closed-loop Python clients (scripts/bench/hub_load.py):
# anonymous getTaskInfo(id, True) from 1, 4 and 16 clients, and buildContainer from 4 logged-in clients.
# Prints calls/s, latencies, and the hub's CPU time per call and heap use.
#
# Usage: bash scripts/bench-hub.sh [h2|postgres] [SECONDS]   (PostgreSQL: start it with scripts/test-infra.sh start)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
store=${1:-h2}
seconds=${2:-10}
warmup=3
port=${BENCH_HUB_PORT:-18080}
work=$(mktemp -d /tmp/bench-hub.XXXXXX)
hub_pid=""

cleanup() {
  [ -n "$hub_pid" ] && kill "$hub_pid" 2>/dev/null && wait "$hub_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

[ -f "$root/hub/target/lib/common-0.1.0-SNAPSHOT.jar" ] && [ -d "$root/hub-plugin/target/lib" ] \
  || (cd "$root" && mvn -B -q -DskipTests package)

{
  echo "[hub]"
  echo "Address = 127.0.0.1"
  echo "Port = $port"
  echo "DataDir = $work/data"
  echo "Plugins = hub_containerbuild"
} > "$work/hub.conf"
if [ "$store" = postgres ]; then
  # shellcheck disable=SC1091
  . "${CONTAINERBUILD_INFRA_STATE:-/tmp/containerbuild-infra}/env"
  db="koji_bench_$$"
  PGPASSWORD=$CONTAINERBUILD_PG_PASSWORD psql -q -h 127.0.0.1 -p 55432 -U "$CONTAINERBUILD_PG_USER" -d koji_test \
    -c "CREATE DATABASE $db" >/dev/null
  trap 'cleanup; PGPASSWORD=$CONTAINERBUILD_PG_PASSWORD psql -q -h 127.0.0.1 -p 55432 -U "$CONTAINERBUILD_PG_USER" -d koji_test -c "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT
  {
    echo "DBURL = jdbc:postgresql://127.0.0.1:55432/$db"
    echo "DBUser = $CONTAINERBUILD_PG_USER"
    echo "DBPassword = $CONTAINERBUILD_PG_PASSWORD"
  } >> "$work/hub.conf"
fi

printf 'benchpass\n' | "$root/bin/koji-hub" create-admin --config "$work/hub.conf" kojiadmin >/dev/null
CONTAINERBUILD_JAVA_OPTS="-Xmx256m" "$root/bin/koji-hub" --config "$work/hub.conf" > "$work/hub.log" 2>&1 &
hub_pid=$!
url="http://127.0.0.1:$port/kojihub"
for _ in $(seq 1 100); do
  curl -sf -o /dev/null -X POST --data "<?xml version='1.0'?><methodCall><methodName>getAPIVersion</methodName><params/></methodCall>" "$url" && break
  sleep 0.2
done

# set-up as an admin would do it: the container channel, one task to read back
task_id=$(python3 - "$url" <<'PY'
import sys, xmlrpc.client
url = sys.argv[1]
class T(xmlrpc.client.Transport):
    headers = {}
    def send_headers(self, c, h):
        for k, v in self.headers.items(): c.putheader(k, v)
        super().send_headers(c, h)
t = T(); p = xmlrpc.client.ServerProxy(url, transport=t, allow_none=True)
s = p.login('kojiadmin', 'benchpass', {'opts': None, '__starstar': True})
t.headers = {'Koji-Session-Id': str(s['session-id']), 'Koji-Session-Key': s['session-key'], 'Koji-Session-Callnum': '0'}
p.addChannel('container-binary')
t.headers['Koji-Session-Callnum'] = '1'
print(p.buildContainer('git://git.example.com/containers/hello#abc123', 'container-candidate', {'git_branch': 'main'}))
PY
)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$hub_pid/stat"; }
ticks_per_s=$(getconf CLK_TCK)
run() { # run WORKLOAD CLIENTS [USER PASSWORD]
  local before after result calls
  before=$(cpu_ticks)
  result=$(python3 "$root/scripts/bench/hub_load.py" "$url" "$1" "$2" "$seconds" "$warmup" "${@:3}")
  after=$(cpu_ticks)
  calls=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["calls"])' "$result")
  python3 -c 'import json,sys
r = json.loads(sys.argv[1]); ticks = int(sys.argv[2]); hz = int(sys.argv[3]); calls = int(sys.argv[4]); secs = float(sys.argv[5])
# the hub also burns CPU during the warm-up; count the whole window, warm-up calls included, per measured call
r["hub_cpu_ms_per_call"] = round(ticks / hz * 1000 / max(calls, 1) * secs / (secs + float(sys.argv[6])), 3)
print("| %-14s | %2d | %8s | %6s | %6s | %5s | %d |" % (r["workload"], r["clients"], r["calls_per_s"], r["p50_ms"], r["p99_ms"], r["hub_cpu_ms_per_call"], r["errors"]))' \
    "$result" "$((after - before))" "$ticks_per_s" "$calls" "$seconds" "$warmup"
}

echo "store: $store, ${seconds}s per run after ${warmup}s warm-up, hub heap -Xmx256m, $(nproc) cores"
echo "| workload       | clients | calls/s | p50 ms | p99 ms | hub CPU ms/call | errors |"
echo "|---|---|---|---|---|---|---|"
run "getTaskInfo:$task_id" 1
run "getTaskInfo:$task_id" 4
run "getTaskInfo:$task_id" 16
run buildContainer 4 kojiadmin benchpass
echo
echo "hub heap after the runs:"
jcmd "$hub_pid" GC.heap_info 2>/dev/null | sed -n '1,3p' || echo "(jcmd not available)"
