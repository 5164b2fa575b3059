#!/usr/bin/env bash
# Profiles Switchboard under the harness's load with Java Flight Recorder and prints where the time
# and the allocations go: the mock and the load on LOAD_CPUS, the gateway alone on GW_CPUS (as
# run.sh pins them), a warm-up, then a JFR recording (settings=profile) during DURATION seconds of
# one scenario (the JVM records from its start; the summary keeps the measured window). All traffic on
# 127.0.0.1.
#
#   bench/profile.sh                       # scenario nonstream (wrk, CONNS connections)
#   SCENARIO=stream-tput bench/profile.sh  # streamed answers (whole stream in one upstream write)
#   SCENARIO=stream bench/profile.sh       # 32 concurrent streams, events 10 ms apart (node client)
#   SCENARIO=rate bench/profile.sh         # ~500 req/s with think time
#   TOP=40 bench/profile.sh                # longer tables
#
# Knobs: SCENARIO (nonstream | stream-tput | stream | rate), DURATION (20), WARMUP (60, with 60 s of
# stream load alongside: WARMUP_STREAM), CONNS (64), TOP (25),
# MOCK_PORT (18080), LOAD_CPUS (0), GW_CPUS (1), plus targets/switchboard.sh's (SB_MODEL, JAVA_OPTS, ...).
# Keeps the recording: $WORK/profile.jfr (open it with `jfr print` or JDK Mission Control).
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
SCENARIO=${SCENARIO:-nonstream}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-60}
WARMUP_STREAM=${WARMUP_STREAM:-60}
CONNS=${CONNS:-64}
TOP=${TOP:-25}
MOCK_PORT=${MOCK_PORT:-18080}
LOAD_CPUS=${LOAD_CPUS:-0}
GW_CPUS=${GW_CPUS:-1}
MOCK_URL="http://127.0.0.1:$MOCK_PORT"
WORK=$(mktemp -d /tmp/sbprof.XXXXXX)
PIN_GW="taskset -c $GW_CPUS"
for tool in wrk gcc curl python3 taskset jcmd jfr; do command -v $tool >/dev/null || { echo "missing: $tool"; exit 1; }; done

MOCK_BIN=${TMPDIR:-/tmp}/gwbench-mock
if [ ! -x "$MOCK_BIN" ] || [ "$BENCH/mock/mock.c" -nt "$MOCK_BIN" ]; then gcc -O2 -o "$MOCK_BIN" "$BENCH/mock/mock.c"; fi
taskset -c "$LOAD_CPUS" "$MOCK_BIN" -p "$MOCK_PORT" > "$WORK/mock.log" 2>&1 &
MOCK_PID=$!
TARGET_PID=""
# The recording runs from the start: starting JFR later makes the JIT recompile for a while, which
# would land in the measured window.
export JAVA_OPTS="${JAVA_OPTS:-} -XX:StartFlightRecording=settings=profile,name=sbprof"
source "$BENCH/targets/switchboard.sh"
trap 'target_stop >/dev/null 2>&1 || true; kill $MOCK_PID 2>/dev/null; wait $MOCK_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "$MOCK_URL/health" >/dev/null && break; sleep 0.1; done

target_start
BODY=${TARGET_BODY:-$BENCH/load/chat.json}
STREAM_BODY=${TARGET_STREAM_BODY:-$BENCH/load/chat-stream.json}
ok=0
for _ in $(seq 120); do
  curl -s -m 5 "$TARGET_URL" -H "${TARGET_HEADERS[0]}" -H 'Content-Type: application/json' --data-binary @"$BODY" \
    | grep -q 'chatcmpl-mock' && { ok=1; break; }
  sleep 0.5
done
[ $ok = 1 ] || { echo "switchboard did not answer through the mock"; exit 1; }

wrk_run() {  # wrk_run SECONDS BODY [RATE_DELAY_MS CONNS]: closed loop, or paced, pinned next to the mock
  BODY_FILE="$2" RATE_DELAY_MS="${3:-}" taskset -c "$LOAD_CPUS" wrk -t1 -c"${4:-$CONNS}" -d"${1}s" --timeout 10s \
    -s "$BENCH/load/post.lua" -H "${TARGET_HEADERS[0]}" "$TARGET_URL"
}
load() {  # load SECONDS: the scenario; prints a WRK line with requests=N
  case "$SCENARIO" in
    nonstream) wrk_run "$1" "$BODY" ;;
    stream-tput) wrk_run "$1" "$STREAM_BODY" ;;
    rate) wrk_run "$1" "$BODY" 32 16 ;;   # 16 connections, mean think time 32 ms: ~500 req/s
    stream)
      curl -s "$MOCK_URL/mock/config?ttft=0&delay=10" > /dev/null
      taskset -c "$LOAD_CPUS" node "$BENCH/load/stream.mjs" "$TARGET_URL" "$STREAM_BODY" 100000 32 "$1" "${TARGET_HEADERS[0]}" \
        | sed 's/^STREAM n=\([0-9]*\)/WRK requests=\1 &/'
      curl -s "$MOCK_URL/mock/config?ttft=0&delay=0" > /dev/null ;;
    *) echo "unknown SCENARIO $SCENARIO" >&2; exit 1 ;;
  esac
}
echo "# warm-up ${WARMUP}s (${WARMUP_STREAM}s of streams alongside), then ${DURATION}s of $SCENARIO under JFR (pid $TARGET_PID)" >&2
# As run.sh: streams warm up alongside the non-stream load, so the JIT compiles for both.
wpid=""
if [ "$WARMUP_STREAM" -gt 0 ]; then wrk_run "$WARMUP_STREAM" "$STREAM_BODY" "" $(( (CONNS + 3) / 4 )) > /dev/null & wpid=$!; fi
wrk_run "$WARMUP" "$BODY" > /dev/null
[ -z "$wpid" ] || wait "$wpid"
ticks() { awk '{sub(/^[0-9]+ \(.*\) /, ""); split($0, f, " "); print f[12], f[13]}' /proc/$TARGET_PID/stat; }
begin=$(date -u +%FT%T); t0=$(ticks)
load "$DURATION" | tee "$WORK/wrk.txt" | grep '^WRK' >&2
t1=$(ticks); end=$(date -u +%FT%T)
jcmd "$TARGET_PID" JFR.dump name=sbprof filename="$WORK/profile.jfr" > /dev/null
requests=$(sed -n 's/^WRK requests=\([0-9]*\).*/\1/p' "$WORK/wrk.txt")
read -r u0 s0 <<<"$t0"; read -r u1 s1 <<<"$t1"
echo "# $SCENARIO: $requests requests; gateway CPU: user $(( (u1 - u0) * 1000 / $(getconf CLK_TCK) )) ms," \
     "system $(( (s1 - s0) * 1000 / $(getconf CLK_TCK) )) ms"
python3 "$BENCH/jfr-summary.py" "$WORK/profile.jfr" --requests "$requests" --top "$TOP" --begin "$begin" --end "$end"
echo "# recording: $WORK/profile.jfr"
