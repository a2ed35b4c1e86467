#!/usr/bin/env bash
# The Quick start command (README.md, "## Quick start"), for now: build everything, show each
# launcher's usage, and say honestly what works so far. The full quick start (an embedded hub, a
# builder, a Docker engine and a registry, and a real container build) arrives with the
# end-to-end work.
set -euo pipefail

cd "$(dirname "$0")/.."
LAUNCHERS=(bin/koji-hub bin/kojid bin/koji)

echo "==> Building every module: mvn -B -q -DskipTests package"
mvn -B -q -Dstyle.color=never -DskipTests package
echo "    built."

missing=()
for launcher in "${LAUNCHERS[@]}"; do
  if [[ ! -e $launcher ]]; then
    missing+=("$launcher")
    continue
  fi
  [[ -x $launcher ]] || { echo "$launcher exists but is not executable" >&2; exit 1; }
  echo
  echo "==> $launcher --help"
  "$launcher" --help
done

echo
echo "==> What works so far"
cat <<'EOF'
  - The Koji wire dialect (common): XML-RPC codec, faults and session client, compatible with Koji.
  - The shared model (common): container-build options, SCM URLs, NVRs, task states.
  - The test infrastructure: `bash scripts/run-tests.sh` installs and starts a real Docker engine,
    registry, PostgreSQL and git daemon, runs every test, and stops them again.
  - Launchers bin/koji-hub, bin/kojid and bin/koji print their usage; their commands arrive with
    the hub, builder and client work.

  Not yet: the full quick start (embedded hub + builder + Docker engine + registry + a real
  container build with `koji container-build`) arrives with the end-to-end work.
EOF
if ((${#missing[@]} > 0)); then
  echo
  echo "  Not in this checkout yet: ${missing[*]}"
fi
