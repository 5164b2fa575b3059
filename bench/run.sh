#!/usr/bin/env bash
# Side-by-side LLM-gateway benchmark against one local mock upstream (all traffic on 127.0.0.1).
#
#   ./run.sh                               # targets/direct.sh, nginx.sh, REPEAT times each
#   ./run.sh direct nginx targets/mygw.sh  # names in targets/ or paths to target files
#   ./run.sh --url http://127.0.0.1:9000/v1/chat/completions --name mygw -H 'Authorization: Bearer x' [--pid PID]
#                                          # a gateway that is already running (must already point at $MOCK_URL)
# A target file sets TARGET_URL, TARGET_HEADERS=(...) and defines target_start (sets TARGET_PID) / target_stop;
# it may set TARGET_BODY / TARGET_STREAM_BODY (default load/chat.json, load/chat-stream.json).
# Knobs (env): see the defaults just below. Results: one RESULT line per scenario, appended to results/*.txt,
# then a summary table (summarize.py).
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)

DURATION=${DURATION:-20}          # seconds per measured scenario
WARMUP=${WARMUP:-5}               # seconds of unmeasured non-stream load after start (raise for JVM targets)
WARMUP_STREAM=${WARMUP_STREAM:-0} # seconds of unmeasured stream load alongside it (JVM targets: compile the streaming path too)
CONNS=${CONNS:-64}                # connections for the throughput scenarios (wrk)
RATE=${RATE:-500}                 # req/s for the fixed-rate latency scenario
RATE_CONNS=${RATE_CONNS:-16}      # connections for it; each waits a random think time of mean RATE_CONNS/RATE s
STREAM_CONC=${STREAM_CONC:-32}    # concurrent streams for the streaming latency scenario
STREAMS=${STREAMS:-4000}          # max streams per streaming scenario (also bounded by DURATION)
CHUNKS=${CHUNKS:-20}              # content events per mock stream
STREAM_DELAY_MS=${STREAM_DELAY_MS:-10}  # mock delay between stream events in the "stream" scenario
REPEAT=${REPEAT:-2}               # runs per target (interleaved: t1 t2 t3 t1 t2 t3)
SCENARIOS=${SCENARIOS:-"nonstream rate stream stream-tput"}  # also: fresh (a new connection per stream)
FRESH_CONC=${FRESH_CONC:-1}       # streams at a time in the fresh scenario
PIN=${PIN:-1}                     # 1: pin with taskset: load generator on LOAD_CPUS, mock on MOCK_CPUS, gateway on GW_CPUS
LOAD_CPUS=${LOAD_CPUS:-0}
MOCK_CPUS=${MOCK_CPUS:-$LOAD_CPUS}
GW_CPUS=${GW_CPUS:-1}
MOCK_PORT=${MOCK_PORT:-18080}
QUIET_MAX=${QUIET_MAX:-10}        # % of the machine used by foreign processes that still counts as quiet
QUIET_WAIT=${QUIET_WAIT:-120}     # seconds to wait for quiet before measuring anyway (flagged by bg_pct)
JIT_QUIET_MS=${JIT_QUIET_MS:-100} # JVM targets: after the warm-up, keep warming in slices until a slice compiles less than this
JIT_QUIET_WAIT=${JIT_QUIET_WAIT:-120}  # ... or for at most this many seconds (0: no such gate)

MOCK_URL="http://127.0.0.1:$MOCK_PORT"
WORK=$(mktemp -d /tmp/gwbench.XXXXXX)
RESULTS_DIR=${RESULTS_DIR:-$BENCH/results}
mkdir -p "$RESULTS_DIR" 2>/dev/null && [ -w "$RESULTS_DIR" ] || RESULTS_DIR=${TMPDIR:-/tmp}/gwbench-results
mkdir -p "$RESULTS_DIR"
RESULTS="$RESULTS_DIR/$(date +%Y%m%d-%H%M%S).txt"
if [ "$PIN" = 1 ]; then PIN_LOAD="taskset -c $LOAD_CPUS"; PIN_MOCK="taskset -c $MOCK_CPUS"; PIN_GW="taskset -c $GW_CPUS"
else PIN_LOAD=""; PIN_MOCK=""; PIN_GW=""; fi
NCPU=$(nproc --all); HZ=$(getconf CLK_TCK)
for tool in wrk node gcc curl python3 taskset; do command -v $tool >/dev/null || { echo "missing: $tool (see README)"; exit 1; }; done

# ---- arguments ----
TARGETS=(); ADHOC_URL=""; ADHOC_NAME=adhoc; ADHOC_HEADERS=(); ADHOC_PID=""
while [ $# -gt 0 ]; do
  case "$1" in
    --url) ADHOC_URL=$2; shift 2 ;;
    --name) ADHOC_NAME=$2; shift 2 ;;
    -H) ADHOC_HEADERS+=("$2"); shift 2 ;;
    --pid) ADHOC_PID=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) TARGETS+=("$1"); shift ;;
  esac
done
[ -n "$ADHOC_URL" ] && TARGETS+=("@adhoc")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(direct nginx)

# ---- CPU accounting (clock ticks from /proc) ----
# cpu_ticks PID...: utime+stime of these processes and all their descendants
cpu_ticks() {
  [ $# -eq 0 ] && { echo 0; return; }
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v roots="$*" '
    { pid = $1; rest = $0; sub(/^[0-9]+ \(.*\) /, "", rest); split(rest, f, " "); par[pid] = f[2]; t[pid] = f[12] + f[13] }
    END { n = split(roots, r, " "); for (i = 1; i <= n; i++) sel[r[i]] = 1
          do { ch = 0; for (p in par) if (!(p in sel) && (par[p] in sel)) { sel[p] = 1; ch = 1 } } while (ch)
          s = 0; for (p in sel) s += t[p]; print s }'
}
busy_ticks() { awk '/^cpu /{print $2+$3+$4; exit}' /proc/stat; }            # user+nice+system, whole machine
self_ticks() { awk '{sub(/^[0-9]+ \(.*\) /, ""); split($0, f, " "); print f[12]+f[13]+f[14]+f[15]}' /proc/$ME/stat; }  # run_target + its waited-for children
now() { date +%s.%N; }
# snapshot: "time busy ours gw"
snap() { echo "$(now) $(busy_ticks) $(( $(cpu_ticks $MOCK_PID ${TARGET_PID:-}) + $(self_ticks) )) $(cpu_ticks ${TARGET_PID:-})"; }
# bg_pct SNAP0 SNAP1: % of the machine used by processes that are not ours (other builds, daemons)
bg_pct() { awk -v a="$1" -v b="$2" -v n="$NCPU" -v hz="$HZ" 'BEGIN { split(a, x); split(b, y)
  v = ((y[2] - x[2]) - (y[3] - x[3])) / ((y[1] - x[1]) * n * hz) * 100; if (v < 0) v = 0; printf "%.0f", v }'; }
wait_quiet() {
  local t0=$SECONDS s0 s1 bg
  while :; do
    s0=$(snap); sleep 2; s1=$(snap); bg=$(bg_pct "$s0" "$s1")
    [ "$bg" -le "$QUIET_MAX" ] && return 0
    if [ $((SECONDS - t0)) -ge "$QUIET_WAIT" ]; then echo "  warning: machine busy (${bg}% foreign CPU), measuring anyway" >&2; return 0; fi
    echo "  waiting for quiet machine (${bg}% foreign CPU)..." >&2
  done
}
# jit_ms: milliseconds the target JVM spent compiling so far (jstat; empty for other targets)
jit_ms() {
  [ -n "${TARGET_PID:-}" ] && command -v jstat >/dev/null && [[ "$(readlink /proc/$TARGET_PID/exe 2>/dev/null)" == */java ]] || return 0
  jstat -compiler "$TARGET_PID" 2>/dev/null | awk 'NR == 2 { printf "%.0f", $4 * 1000 }'
}
# jit_quiet: a JVM on one core compiles long after a fixed warm-up, and a compilation inside a
# measured window queues requests behind it. Warm in slices of every kind of load (throughput,
# streams, the paced rate, and paced streams when the stream scenario is on) until one slice
# compiles less than JIT_QUIET_MS.
jit_quiet() {
  local j0 j1 t0=$SECONDS
  [ "$JIT_QUIET_WAIT" -gt 0 ] && [ -n "$(jit_ms)" ] || return 0
  while :; do
    j0=$(jit_ms)
    BODY_FILE="$STREAM_BODY" $PIN_LOAD wrk -t1 -c"$(( (CONNS + 3) / 4 ))" -d3s -s "$BENCH/load/post.lua" \
      "${WRK_H[@]}" "$TARGET_URL" >/dev/null &
    BODY_FILE="$BODY" $PIN_LOAD wrk -t1 -c"$CONNS" -d3s -s "$BENCH/load/post.lua" "${WRK_H[@]}" "$TARGET_URL" >/dev/null
    wait $!
    BODY_FILE="$BODY" RATE_DELAY_MS="$((RATE_CONNS * 1000 / RATE))" $PIN_LOAD wrk -t1 -c"$RATE_CONNS" -d3s \
      -s "$BENCH/load/post.lua" "${WRK_H[@]}" "$TARGET_URL" >/dev/null
    # Paced streams take paths the loads above never do (a read per event, the quiet loop's
    # flushes, the silence timer): without them here, the stream scenario measured seconds of
    # their compilation on the target's one core instead of the warm target.
    if [[ " $SCENARIOS " == *" stream "* ]]; then
      paced_streams 3 >/dev/null || true
    fi
    j1=$(jit_ms)
    if [ $((j1 - j0)) -lt "$JIT_QUIET_MS" ]; then
      echo "  JIT quiet after $((SECONDS - t0)) s more warm-up (last slice compiled $((j1 - j0)) ms)" >&2; return 0
    fi
    if [ $((SECONDS - t0)) -ge "$JIT_QUIET_WAIT" ]; then
      echo "  warning: JIT still compiling after $((SECONDS - t0)) s more warm-up ($((j1 - j0)) ms in the last slice)" >&2; return 0
    fi
  done
}
mock_requests() { curl -s "$MOCK_URL/mock/stats" | sed 's/.*"requests":\([0-9]*\).*/\1/'; }
kv() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }   # kv KEY "line with key=value pairs"

# ---- mock upstream ----
MOCK_BIN=${TMPDIR:-/tmp}/gwbench-mock   # built outside this folder, which may be read-only
if [ ! -x "$MOCK_BIN" ] || [ "$BENCH/mock/mock.c" -nt "$MOCK_BIN" ]; then
  gcc -O2 -o "$MOCK_BIN" "$BENCH/mock/mock.c"
fi
$PIN_MOCK "$MOCK_BIN" -p "$MOCK_PORT" -n "$CHUNKS" > "$WORK/mock.log" 2>&1 &
MOCK_PID=$!
trap 'kill $MOCK_PID 2>/dev/null; wait $MOCK_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "$MOCK_URL/health" >/dev/null && break; sleep 0.1; done
kill -0 $MOCK_PID 2>/dev/null && curl -sf "$MOCK_URL/health" >/dev/null || { echo "mock did not start: $(cat "$WORK/mock.log")"; exit 1; }

# ---- scenarios; each prints the scenario-specific part of a RESULT line ----
wrk_line() {  # wrk_line BODY_FILE [RATE_DELAY_MS [CONNS]]: one wrk run -> "n=.. rps=.. p50_ms=.. p99_ms=.. err=.."
  BODY_FILE="$1" RATE_DELAY_MS="${2:-}" $PIN_LOAD wrk -t1 -c"${3:-$CONNS}" -d"${DURATION}s" --timeout 10s \
    -s "$BENCH/load/post.lua" "${WRK_H[@]}" "$TARGET_URL" | awk '/^WRK/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "n=%s rps=%s p50_ms=%s p99_ms=%s err=%d\n", v["requests"], v["rps"], v["p50_ms"], v["p99_ms"], v["non2xx"] + v["sockerr"]; ok = 1 }
    END { if (!ok) print "n=0 err=wrk_failed" }'
}
# max throughput at CONNS connections (closed loop)
sc_nonstream() { wrk_line "$BODY"; }
# latency at a fixed moderate rate (RATE_CONNS connections with random think time): overhead = target - direct
sc_rate() { wrk_line "$BODY" "$((RATE_CONNS * 1000 / RATE))" "$RATE_CONNS"; }
# streams/s at CONNS connections; the mock writes a whole stream at once (per-event CPU cost of the gateway)
sc_stream-tput() { wrk_line "$STREAM_BODY"; }
# STREAM_CONC streams at a time for $1 seconds, events STREAM_DELAY_MS apart (the mock paces them,
# then goes back to full speed); prints the client's STREAM line
paced_streams() {
  curl -s "$MOCK_URL/mock/config?ttft=0&delay=$STREAM_DELAY_MS" >/dev/null
  $PIN_LOAD node "$BENCH/load/stream.mjs" "$TARGET_URL" "$STREAM_BODY" \
    "$STREAMS" "$STREAM_CONC" "$1" "${TARGET_HEADERS[@]}" | grep '^STREAM'
  curl -s "$MOCK_URL/mock/config?ttft=0&delay=0" >/dev/null
}
# SSE latency: time to first event and to the end of the stream, events paced by the mock
sc_stream() {
  local o; o=$(paced_streams "$DURATION")
  echo "n=$(kv n "$o") rps=$(kv streams_per_s "$o") first_p50_ms=$(kv first_p50_ms "$o") first_p99_ms=$(kv first_p99_ms "$o")" \
    "p50_ms=$(kv total_p50_ms "$o") p99_ms=$(kv total_p99_ms "$o") err=$(kv err "$o")"
}

# first event with a new connection for every stream (FRESH_CONC at a time, events not paced): what a
# client that does not keep connections alive sees; not in the default SCENARIOS
sc_fresh() {
  local o; o=$(FRESH=1 $PIN_LOAD node "$BENCH/load/stream.mjs" "$TARGET_URL" "$STREAM_BODY" \
    "$STREAMS" "$FRESH_CONC" "$DURATION" "${TARGET_HEADERS[@]}" | grep '^STREAM')
  echo "n=$(kv n "$o") rps=$(kv streams_per_s "$o") first_p50_ms=$(kv first_p50_ms "$o") first_p99_ms=$(kv first_p99_ms "$o")" \
    "p50_ms=$(kv total_p50_ms "$o") p99_ms=$(kv total_p99_ms "$o") err=$(kv err "$o")"
}

# ---- one run of one target (in a subshell, so target files cannot clash) ----
run_target() (
  local spec=$1 run=$2 NAME
  TARGET_PID=""; ME=$BASHPID
  if [ "$spec" = "@adhoc" ]; then
    NAME=$ADHOC_NAME; TARGET_URL=$ADHOC_URL; TARGET_HEADERS=("${ADHOC_HEADERS[@]}")
    target_start() { TARGET_PID=$ADHOC_PID; }; target_stop() { :; }
  else
    local f=$spec; [ -f "$f" ] || f="$BENCH/targets/$spec.sh"
    [ -f "$f" ] || { echo "no target file: $spec"; return 1; }
    NAME=$(basename "$f" .sh); source "$f"
  fi
  trap 'target_stop >/dev/null 2>&1 || true' EXIT
  BODY=${TARGET_BODY:-$BENCH/load/chat.json}; STREAM_BODY=${TARGET_STREAM_BODY:-$BENCH/load/chat-stream.json}
  target_start || { echo "RESULT target=$NAME run=$run scenario=start FAILED"; return 1; }
  # After the start: a target may make its credential then (a client key, a token).
  WRK_H=(); for h in "${TARGET_HEADERS[@]}"; do WRK_H+=(-H "$h"); done
  # ready = a non-stream POST returns the mock's completion
  local ok=0 body
  for _ in $(seq 120); do
    body=$(curl -s -m 5 -X POST "${WRK_H[@]}" -H 'Content-Type: application/json' --data-binary @"$BODY" "$TARGET_URL" || true)
    [[ "$body" == *chatcmpl-mock* || "$body" == *msg_mock* ]] && { ok=1; break; }; sleep 0.5
  done
  [ $ok = 1 ] || { echo "RESULT target=$NAME run=$run scenario=ready FAILED body=${body:0:200}"; return 1; }
  if [ -n "$TARGET_PID" ] && ! kill -0 "$TARGET_PID" 2>/dev/null; then  # something else answered on its port
    echo "RESULT target=$NAME run=$run scenario=start FAILED (pid $TARGET_PID exited; port already in use?)"; return 1
  fi
  local ev; ev=$(curl -s -N -m 10 -X POST "${WRK_H[@]}" -H 'Content-Type: application/json' \
    --data-binary @"$STREAM_BODY" "$TARGET_URL" | grep -c '^data:' || true)
  [ "$ev" -ge "$CHUNKS" ] || { echo "RESULT target=$NAME run=$run scenario=stream-check FAILED events=$ev"; return 1; }
  echo "== $NAME run $run: $TARGET_URL (pid ${TARGET_PID:-none})" >&2
  # Streams warm up alongside the non-stream load (a quarter of the connections), so a JIT sees
  # both kinds of traffic at once and does not recompile at every switch of scenario.
  local wpid=""
  if [ "$WARMUP_STREAM" -gt 0 ]; then
    BODY_FILE="$STREAM_BODY" $PIN_LOAD wrk -t1 -c"$(( (CONNS + 3) / 4 ))" -d"${WARMUP_STREAM}s" -s "$BENCH/load/post.lua" \
      "${WRK_H[@]}" "$TARGET_URL" >/dev/null &
    wpid=$!
  fi
  BODY_FILE="$BODY" $PIN_LOAD wrk -t1 -c"$CONNS" -d"${WARMUP}s" -s "$BENCH/load/post.lua" "${WRK_H[@]}" "$TARGET_URL" >/dev/null
  [ -z "$wpid" ] || wait "$wpid"
  jit_quiet
  for sc in $SCENARIOS; do
    wait_quiet
    local s0 s1 m0 m1 j0 j1 jit="" line cpu up REQS
    m0=$(mock_requests); j0=$(jit_ms); s0=$(snap)
    line=$(sc_$sc)
    s1=$(snap); j1=$(jit_ms); m1=$(mock_requests); REQS=$(kv n "$line")
    [ -n "$j0" ] && [ -n "$j1" ] && jit=" jit_ms=$((j1 - j0))"
    up=$(awk -v d=$((m1 - m0 - 1)) -v r="$REQS" 'BEGIN{ if (r > 0) printf "%.2f", d / r; else print "NaN" }')
    cpu=$(awk -v a="$s0" -v b="$s1" -v r="$REQS" -v hz="$HZ" 'BEGIN{ split(a, x); split(b, y)
      if (r > 0 && y[4] > 0) printf "%.0f", (y[4] - x[4]) * 1e6 / hz / r; else print "NaN" }')
    echo "RESULT target=$NAME run=$run scenario=$sc $line gw_cpu_us=$cpu upstream=$up bg_pct=$(bg_pct "$s0" "$s1")$jit"
  done
)

echo "# $(date -Is) DURATION=$DURATION WARMUP=$WARMUP WARMUP_STREAM=$WARMUP_STREAM CONNS=$CONNS RATE=$RATE STREAM_CONC=$STREAM_CONC STREAM_DELAY_MS=$STREAM_DELAY_MS" \
  "CHUNKS=$CHUNKS PIN=$PIN LOAD_CPUS=$LOAD_CPUS MOCK_CPUS=$MOCK_CPUS GW_CPUS=$GW_CPUS targets=${TARGETS[*]}" | tee -a "$RESULTS"
for run in $(seq "$REPEAT"); do
  for t in "${TARGETS[@]}"; do
    run_target "$t" "$run" | tee -a "$RESULTS" || true
  done
done
python3 "$BENCH/summarize.py" "$RESULTS"
echo "# raw results: $RESULTS; target logs: $WORK"
