#!/usr/bin/env bash
# Builds Switchboard (the whole reactor, so the jar never mixes in stale installed modules), then runs
# the harness against the mock itself, nginx and Switchboard, interleaved:
#
#   bench/run-switchboard.sh                                   # direct nginx switchboard
#   DURATION=10 REPEAT=1 bench/run-switchboard.sh              # a quick check
#   SKIP_BUILD=1 bench/run-switchboard.sh switchboard          # only the gateway, jar as built
#   SB_MODEL=mock/gpt-4o-mini bench/run-switchboard.sh direct switchboard switchboard-anthropic
#
# Arguments are run.sh's (target names in bench/targets/ or paths). Knobs: run.sh's (DURATION,
# REPEAT, SCENARIOS, ...), targets/switchboard.sh's (SB_MODEL, JAVA_OPTS, ...), MVN_ARGS (extra
# Maven arguments, e.g. -o). Warm-up defaults to 60 s of non-stream load with stream load alongside
# (WARMUP, WARMUP_STREAM): the JIT compiles both paths before anything is measured.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/.." && pwd)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "# building server/target/switchboard.jar" >&2
  # shellcheck disable=SC2086
  (cd "$root" && mvn -B -ntp -q ${MVN_ARGS:-} package -DskipTests -pl server -am)
fi
[ $# -gt 0 ] || set -- direct nginx switchboard
export WARMUP=${WARMUP:-60} WARMUP_STREAM=${WARMUP_STREAM:-60}
exec "$bench/run.sh" "$@"
