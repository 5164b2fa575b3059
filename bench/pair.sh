#!/usr/bin/env bash
# Paired A/B: two targets running side by side, pinned to the same core, measured in alternating
# windows (A B B A ...) under the same load, one target loaded at a time. Run after run (run.sh),
# a target's CPU per request drifts by up to ±25% on these machines (neighbours on the host, not
# seen from inside), more than the differences worth measuring; windows seconds apart see the same
# drift, so the ratio of each adjacent pair is steady where the absolute numbers are not.
#
#   bench/pair.sh targets/a.sh targets/b.sh          # ROUNDS pairs per scenario, ratio b/a
#   ROUNDS=10 DURATION=10 bench/pair.sh a.sh b.sh
#
# TOGETHER=1 loads both targets at once instead, for DURATION per round (two wrk, CONNS each): both
# JVMs share the gateway's core in the same seconds, so a drift of the host's speed, which windows
# seconds apart still see differently, weighs on both alike (the A/A spread in bench/README.md).
#
# Target files as run.sh's (each is sourced in its own subshell). Knobs: ROUNDS (8), DURATION (10 s
# per window), WARMUP (40 s per target, with WARMUP_STREAM 25 s of streams alongside, then windows
# until a window compiles less than JIT_QUIET_MS (100) in each JVM), SCENARIOS
# ("nonstream stream-tput"), CONNS (64), CHUNKS (20), MOCK_PORT (18080), LOAD_CPUS (0: the load
# generator and the mock), GW_CPUS (1: both targets). All on 127.0.0.1. Prints one PAIR line per
# round and, per scenario, the median and spread of the ratio over the rounds in which neither JVM
# compiled more than 2 x JIT_QUIET_MS (all rounds when fewer than three were that quiet).
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 2 ] || { sed -n '2,15p' "$0"; exit 2; }
ROUNDS=${ROUNDS:-8}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-40}
JIT_QUIET_MS=${JIT_QUIET_MS:-100}
WARMUP_STREAM=${WARMUP_STREAM:-25}
SCENARIOS=${SCENARIOS:-"nonstream stream-tput"}
CONNS=${CONNS:-64}
CHUNKS=${CHUNKS:-20}
MOCK_PORT=${MOCK_PORT:-18080}
LOAD_CPUS=${LOAD_CPUS:-0}
GW_CPUS=${GW_CPUS:-1}
MOCK_URL="http://127.0.0.1:$MOCK_PORT"
PIN_LOAD="taskset -c $LOAD_CPUS"
PIN_GW="taskset -c $GW_CPUS"
HZ=$(getconf CLK_TCK)
WORK=$(mktemp -d /tmp/gwpair.XXXXXX)
for tool in wrk gcc curl python3 taskset; do command -v $tool >/dev/null || { echo "missing: $tool"; exit 1; }; done

MOCK_BIN=${TMPDIR:-/tmp}/gwbench-mock
if [ ! -x "$MOCK_BIN" ] || [ "$BENCH/mock/mock.c" -nt "$MOCK_BIN" ]; then gcc -O2 -o "$MOCK_BIN" "$BENCH/mock/mock.c"; fi
$PIN_LOAD "$MOCK_BIN" -p "$MOCK_PORT" -n "$CHUNKS" > "$WORK/mock.log" 2>&1 &
MOCK_PID=$!
PIDS=()
# The targets' logs hold the access log (~500 MB per loaded minute), their data directories the
# ledger (~1 GB per run): keep the logs' tails only.
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; kill $MOCK_PID 2>/dev/null || true
  sleep 1
  find "$WORK" -name '*.log' -size +10M -exec sh -c 'tail -n 1000 "$1" > "$1.tail" && mv "$1.tail" "$1"' _ {} \;
  rm -rf "$WORK"/switchboard.*/data
}
trap cleanup EXIT
for _ in $(seq 50); do curl -sf "$MOCK_URL/health" >/dev/null && break; sleep 0.1; done

# start SLOT FILE: starts the target in a subshell and keeps what the load needs in $WORK/SLOT.env.
start() {
  local slot=$1 f=$2
  (
    source "$f"
    target_start >&2
    { printf 'NAME=%q\nURL=%q\nPID=%q\nH=(' "$(basename "$f" .sh)" "$TARGET_URL" "$TARGET_PID"
      for h in "${TARGET_HEADERS[@]}"; do printf '%q ' -H "$h"; done; echo ')'; } > "$WORK/$slot.env"
  )
}
start a "$1"; start b "$2"
# shellcheck disable=SC1090
A_PID=$(source "$WORK/a.env"; echo "$PID"); B_PID=$(source "$WORK/b.env"; echo "$PID")
PIDS=("$A_PID" "$B_PID")

# load SLOT BODY CONNS SECONDS: one wrk on the slot's target; prints its WRK line.
load() {
  ( source "$WORK/$1.env"
    BODY_FILE="$2" $PIN_LOAD wrk -t1 -c"$3" -d"$4s" --timeout 10s -s "$BENCH/load/post.lua" "${H[@]}" "$URL" \
      | grep '^WRK' )
}
jit() { jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 { printf "%.0f", $4 * 1000 }'; }
ticks() { awk '{sub(/^[0-9]+ \(.*\) /, ""); split($0, f, " "); print f[12] + f[13]}' "/proc/$1/stat"; }
body() { [ "$1" = nonstream ] && echo "$BENCH/load/chat.json" || echo "$BENCH/load/chat-stream.json"; }

echo "# $(date -Is) pair a=$1 b=$2 ROUNDS=$ROUNDS DURATION=$DURATION WARMUP=$WARMUP CONNS=$CONNS TOGETHER=${TOGETHER:-0}"
for slot in a b; do
  load $slot "$BENCH/load/chat-stream.json" $(( CONNS / 4 )) "$WARMUP_STREAM" >/dev/null & ws=$!
  load $slot "$BENCH/load/chat.json" "$CONNS" "$WARMUP" >/dev/null
  wait $ws  # not a bare wait: the mock is a child too
done
# window SLOT SCENARIO: one measured window of one target: "n us jit_ms clean"
window() {
  local pid t0 t1 j0 j1 line
  pid=$(source "$WORK/$1.env"; echo "$PID")
  t0=$(ticks "$pid"); j0=$(jit "$pid")
  line=$(load "$1" "$(body "$2")" "$CONNS" "$DURATION")
  t1=$(ticks "$pid"); j1=$(jit "$pid")
  awk -v l="$line" -v t=$((t1 - t0)) -v j=$((j1 - j0)) -v hz="$HZ" 'BEGIN {
    match(l, /requests=[0-9]+/); n = substr(l, RSTART + 9, RLENGTH - 9)
    printf "%d %.1f %d %d\n", n, t * 1e6 / hz / n, j, (l ~ /non2xx=0 sockerr=0/) }'
}
# together SCENARIO: one window of both targets loaded at once: "n us jit_ms clean" for a, then for b
together() {
  local ta0 tb0 ta1 tb1 ja0 jb0 ja1 jb1 la lb
  ta0=$(ticks "$A_PID"); tb0=$(ticks "$B_PID"); ja0=$(jit "$A_PID"); jb0=$(jit "$B_PID")
  load a "$(body "$1")" "$CONNS" "$DURATION" > "$WORK/load-a.txt" & local wa=$!
  load b "$(body "$1")" "$CONNS" "$DURATION" > "$WORK/load-b.txt"
  wait $wa
  ta1=$(ticks "$A_PID"); tb1=$(ticks "$B_PID"); ja1=$(jit "$A_PID"); jb1=$(jit "$B_PID")
  la=$(cat "$WORK/load-a.txt"); lb=$(cat "$WORK/load-b.txt")
  for x in "$la $((ta1 - ta0)) $((ja1 - ja0))" "$lb $((tb1 - tb0)) $((jb1 - jb0))"; do
    awk -v hz="$HZ" '{ l = $0; t = $(NF - 1); j = $NF
      match(l, /requests=[0-9]+/); n = substr(l, RSTART + 9, RLENGTH - 9)
      printf "%d %.1f %d %d\n", n, t * 1e6 / hz / n, j, (l ~ /non2xx=0 sockerr=0/) }' <<<"$x"
  done
}
for sc in $SCENARIOS; do
  for i in $(seq 10); do  # settle: both JVMs done compiling this scenario's paths
    wa=$(window a "$sc"); wb=$(window b "$sc")
    ja=$(cut -d' ' -f3 <<<"$wa"); jb=$(cut -d' ' -f3 <<<"$wb")
    echo "  settle $sc: jit_ms $ja/$jb" >&2
    [ "$ja" -lt "$JIT_QUIET_MS" ] && [ "$jb" -lt "$JIT_QUIET_MS" ] && break
  done
  for r in $(seq "$ROUNDS"); do
    if [ "${TOGETHER:-0}" = 1 ]; then
      both=$(together "$sc"); wa=$(sed -n 1p <<<"$both"); wb=$(sed -n 2p <<<"$both")
    # A B, then B A: a drift during the round weighs on both alike.
    elif [ $((r % 2)) = 1 ]; then wa=$(window a "$sc"); wb=$(window b "$sc")
    else wb=$(window b "$sc"); wa=$(window a "$sc"); fi
    read -r na ua ja ca <<<"$wa"; read -r nb ub jb cb <<<"$wb"
    awk -v sc="$sc" -v r="$r" -v na="$na" -v nb="$nb" -v ua="$ua" -v ub="$ub" -v c=$((ca * cb)) -v ja="$ja" -v jb="$jb" \
      'BEGIN { printf "PAIR scenario=%s round=%d a_n=%d b_n=%d a_us=%.1f b_us=%.1f ratio=%.3f clean=%d jit_ms=%d/%d\n",
               sc, r, na, nb, ua, ub, ub / ua, c, ja, jb }'
  done
done | tee "$WORK/pairs.txt"
python3 - "$WORK/pairs.txt" "$((JIT_QUIET_MS * 2))" <<'EOF'
import statistics, sys
rows = [dict(kv.split("=") for kv in line.split()[1:]) for line in open(sys.argv[1]) if line.startswith("PAIR")]
quiet_ms = int(sys.argv[2])
for sc in dict.fromkeys(r["scenario"] for r in rows):
    every = [r for r in rows if r["scenario"] == sc]
    # A round in which either JVM was still compiling measures the compiler as much as the target.
    quiet = [r for r in every if max(int(j) for j in r["jit_ms"].split("/")) <= quiet_ms]
    rs = quiet if len(quiet) >= 3 else every
    ratios = sorted(float(r["ratio"]) for r in rs)
    a = statistics.median(float(r["a_us"]) for r in rs); b = statistics.median(float(r["b_us"]) for r in rs)
    print(f"SUMMARY scenario={sc} windows={len(rs)} of={len(every)} a_us_median={a:.1f} b_us_median={b:.1f} "
          f"ratio_median={statistics.median(ratios):.3f} ratio_min={ratios[0]:.3f} ratio_max={ratios[-1]:.3f} "
          f"all_rounds_ratio_median={statistics.median(float(r['ratio']) for r in every):.3f} "
          f"dirty_windows={sum(1 for r in rs if r['clean'] != '1')}")
EOF
echo "# target logs: $WORK"
