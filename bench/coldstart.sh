#!/usr/bin/env bash
# Cold start of bin/switchboard: time from exec to the first successful /health, and to the first
# chat completion answered through the mock upstream (provider already configured, as after a
# restart). All traffic on 127.0.0.1; RUNS starts per mode.
#
#   bench/coldstart.sh                 # modes "nocds", "built", "recorded", RUNS=5 each, on GW_CPUS (default 1)
#   MODES=built RUNS=3 GW_CPUS=0-1 bench/coldstart.sh
#
# Modes: "nocds" (SWITCHBOARD_CDS=off); "built" (the archive the build made next to the jar: what
# the first start after `mvn package` uses); "recorded" (a copy of the jar without the build's
# archive: bin/switchboard records one on a first run, which is made here before the measured starts).
#
# Prints one COLD line per start and a median per mode; cpu_ms is the CPU the process had used when
# the first chat was answered (user + system, all threads): on a busy machine the wall times grow,
# the CPU time much less, so compare it too.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
RUNS=${RUNS:-5}
MODES=${MODES:-"nocds built recorded"}
GW_CPUS=${GW_CPUS:-1}
MOCK_PORT=${MOCK_PORT:-18080}
MOCK_URL="http://127.0.0.1:$MOCK_PORT"
KEY=sk-bench-admin-key-0001
WORK=$(mktemp -d /tmp/sbcold.XXXXXX)
for tool in gcc curl python3 taskset; do command -v $tool >/dev/null || { echo "missing: $tool (see bench/README.md)"; exit 1; }; done
[ -f "$ROOT/server/target/switchboard.jar" ] || { echo "build first: mvn -B -ntp -DskipTests package"; exit 1; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

MOCK_BIN=${TMPDIR:-/tmp}/gwbench-mock
if [ ! -x "$MOCK_BIN" ] || [ "$BENCH/mock/mock.c" -nt "$MOCK_BIN" ]; then gcc -O2 -o "$MOCK_BIN" "$BENCH/mock/mock.c"; fi
"$MOCK_BIN" -p "$MOCK_PORT" > "$WORK/mock.log" 2>&1 &
MOCK_PID=$!
SB_PID=""
cleanup() {
  [ -n "$SB_PID" ] && kill "$SB_PID" 2>/dev/null && wait "$SB_PID" 2>/dev/null
  kill $MOCK_PID 2>/dev/null; wait $MOCK_PID 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do curl -sf "$MOCK_URL/health" >/dev/null && break; sleep 0.1; done

# start PORT DATA_DIR CDS [JAR]: bin/switchboard in the background on GW_CPUS, sets SB_PID
start() {
  SWITCHBOARD_ADMIN_KEY=$KEY SWITCHBOARD_CDS=$3 SWITCHBOARD_CACHE="$WORK/cds" \
    SWITCHBOARD_JAR=${4:-$ROOT/server/target/switchboard.jar} \
    taskset -c "$GW_CPUS" "$ROOT/bin/switchboard" serve --port "$1" --data-dir "$2" >> "$WORK/sb.log" 2>&1 &
  SB_PID=$!
}
stop() { kill "$SB_PID" 2>/dev/null; wait "$SB_PID" 2>/dev/null || true; SB_PID=""; }
chat() {
  curl -s -m 5 "http://127.0.0.1:$1/v1/chat/completions" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' --data-binary @"$BENCH/load/chat.json" | grep -q chatcmpl-mock
}
wait_health() {  # polls every 10 ms for at most 60 s
  for _ in $(seq 6000); do
    curl -sf -o /dev/null -m 1 "http://127.0.0.1:$1/health" && return 0
    kill -0 "$SB_PID" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

# One data directory with the provider registered, shared by every measured start.
DATA="$WORK/data"
port=$(free_port); start "$port" "$DATA" off
wait_health "$port" || { echo "switchboard did not start: $(tail -5 "$WORK/sb.log")"; exit 1; }
curl -sf -o /dev/null "http://127.0.0.1:$port/admin/v1/providers" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' \
  -d "{\"name\":\"mock\",\"preset\":\"custom\",\"base_url\":\"$MOCK_URL/v1\",\"api_key\":\"sk-mock\"}"
chat "$port" || { echo "chat through the mock failed"; exit 1; }
stop

for mode in $MODES; do
  cds=off; jar=""
  case "$mode" in
    built)
      cds=auto
      [ -s "$ROOT/server/target/switchboard.jsa" ] || { echo "no build archive: server/target/switchboard.jsa"; exit 1; } ;;
    recorded)
      cds=auto; rm -rf "$WORK/cds" "$WORK/jar"; mkdir -p "$WORK/jar"
      jar="$WORK/jar/switchboard.jar"; cp -p "$ROOT/server/target/switchboard.jar" "$jar"
      port=$(free_port); start "$port" "$DATA" auto "$jar"   # the first run records the archive at exit
      wait_health "$port"; chat "$port"; stop ;;
  esac
  : > "$WORK/$mode.txt"
  for run in $(seq "$RUNS"); do
    port=$(free_port); t0=$(now_ms); start "$port" "$DATA" "$cds" "$jar"
    wait_health "$port" || { echo "COLD mode=$mode run=$run FAILED"; stop; continue; }
    t1=$(now_ms)
    chat "$port" || { echo "COLD mode=$mode run=$run chat FAILED"; stop; continue; }
    t2=$(now_ms)
    rss=$(awk '/VmRSS/{print $2}' /proc/$SB_PID/status)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/^[0-9]+ \(.*\) /, ""); split($0, f, " "); printf "%.0f", (f[12] + f[13]) * 1000 / hz}' /proc/$SB_PID/stat)
    stop
    echo "COLD mode=$mode run=$run health_ms=$((t1 - t0)) first_chat_ms=$((t2 - t0)) cpu_ms=$cpu rss_mb=$((rss / 1024))" | tee -a "$WORK/$mode.txt"
  done
  python3 - "$WORK/$mode.txt" "$mode" <<'PY'
import statistics, sys
rows = [dict(kv.split("=") for kv in l.split()[1:]) for l in open(sys.argv[1]) if "FAILED" not in l]
if rows:
    med = lambda k: statistics.median(int(r[k]) for r in rows)
    print(f"COLD-MEDIAN mode={sys.argv[2]} runs={len(rows)} health_ms={med('health_ms'):.0f} "
          f"first_chat_ms={med('first_chat_ms'):.0f} cpu_ms={med('cpu_ms'):.0f} rss_mb={med('rss_mb'):.0f}")
PY
done
echo "# logs: $WORK"
