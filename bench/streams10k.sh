#!/usr/bin/env bash
# Holds many concurrent streams open through Switchboard against a slow upstream and reports
# the gateway's heap and the errors: issue 4's "10,000 concurrent open streams (slow upstream)
# with heap <= 512 MB and no errors". Loopback only, bounded in time.
#
#   bench/streams10k.sh                    # 10,000 streams, 20 events 1,000 ms apart (~21 s each)
#   STREAMS=2000 DELAY=500 bench/streams10k.sh
#
# The mock (bench/mock/mock.c) plays a slow model (-t first-event delay, -d delay between events);
# bench/load/stream.mjs opens all streams at once and checks each ends with [DONE]. While they are
# all open, the gateway's heap is read after a full collection (jcmd GC.run + GC.heap_info): live
# data, not garbage. The gateway runs through bin/switchboard (its default 512 MB heap) pinned to
# GW_CPUS; the mock and the client share LOAD_CPUS.
#
# Knobs: STREAMS (10000), CHUNKS (20), TTFT (1000 ms), DELAY (1000 ms), GW_CPUS (1), LOAD_CPUS (0),
# H2C (client connections over HTTP/2; default 0 = one HTTP/1.1 connection per stream, or 20 when
# the descriptor limit cannot hold two sockets per stream),
# MOCK_PORT (18090), plus targets/switchboard.sh's (SWITCHBOARD_JAR, JAVA_OPTS, SB_MODEL, ...).
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
STREAMS=${STREAMS:-10000}
CHUNKS=${CHUNKS:-20}
TTFT=${TTFT:-1000}
DELAY=${DELAY:-1000}
GW_CPUS=${GW_CPUS:-1}
LOAD_CPUS=${LOAD_CPUS:-0}
MOCK_PORT=${MOCK_PORT:-18090}
MOCK_URL="http://127.0.0.1:$MOCK_PORT"
WORK=$(mktemp -d /tmp/sb10k.XXXXXX)
PIN_GW="taskset -c $GW_CPUS"
for tool in gcc curl node python3 taskset jcmd; do command -v $tool >/dev/null || { echo "missing: $tool"; exit 1; }; done
# Each stream holds two sockets in the gateway (client side, upstream side, over HTTP/1.1 to the
# mock): raise the soft descriptor limit to the hard one, and say so if that is still too low.
# When that does not fit, the client speaks HTTP/2 (H2C connections, many streams each): the
# gateway then holds one upstream socket per stream and a handful of client ones.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ -z "${H2C:-}" ]; then
  H2C=0
  if [ "$(ulimit -n)" != unlimited ] && [ $((STREAMS * 2 + 200)) -gt "$(ulimit -n)" ]; then
    H2C=20
    echo "# $STREAMS streams over HTTP/1.1 need ~$((STREAMS * 2 + 200)) descriptors in the gateway, the limit here is $(ulimit -n): clients use HTTP/2 ($H2C connections)" >&2
  fi
fi
export H2C

MOCK_BIN=${TMPDIR:-/tmp}/gwbench-mock
if [ ! -x "$MOCK_BIN" ] || [ "$BENCH/mock/mock.c" -nt "$MOCK_BIN" ]; then gcc -O2 -o "$MOCK_BIN" "$BENCH/mock/mock.c"; fi
taskset -c "$LOAD_CPUS" "$MOCK_BIN" -p "$MOCK_PORT" -n "$CHUNKS" -t "$TTFT" -d "$DELAY" > "$WORK/mock.log" 2>&1 &
MOCK_PID=$!
TARGET_PID=""
cleanup() { kill "$MOCK_PID" 2>/dev/null || true; if [ -n "$TARGET_PID" ]; then target_stop 2>/dev/null || true; fi; }
trap cleanup EXIT
# shellcheck source=targets/switchboard.sh
source "$BENCH/targets/switchboard.sh"
target_start

heap_mb() {  # live heap after a full collection, in MB
  jcmd "$TARGET_PID" GC.run > /dev/null
  jcmd "$TARGET_PID" GC.heap_info | python3 -c '
import re, sys
text = sys.stdin.read()
used = sum(int(k) for k in re.findall(r"used (\d+)K", text.split("Metaspace")[0]))
print(round(used / 1024))'
}
open_conns() { ls /proc/"$TARGET_PID"/fd | wc -l; }

echo "# $STREAMS streams, $CHUNKS events each, first after ${TTFT} ms, then every ${DELAY} ms; gateway pid $TARGET_PID"
echo "heap before: $(heap_mb) MB live"
max_s=$(( (TTFT + CHUNKS * DELAY) / 1000 + 60 ))
taskset -c "$LOAD_CPUS" node "$BENCH/load/stream.mjs" "$TARGET_URL" "${TARGET_STREAM_BODY:-$BENCH/load/chat-stream.json}" \
  "$STREAMS" "$STREAMS" "$max_s" "${TARGET_HEADERS[@]}" > "$WORK/streams.txt" 2>&1 &
LOAD_PID=$!
# Sample while the streams are open: from one event delay after the first event, every few seconds.
sleep $(( (TTFT + DELAY) / 1000 + 2 ))
peak_fds=0; peak_heap=0; samples=0
while kill -0 "$LOAD_PID" 2>/dev/null && [ $samples -lt 4 ]; do
  fds=$(open_conns); h=$(heap_mb); samples=$((samples + 1))
  echo "  open fds $fds, live heap $h MB"
  [ "$fds" -gt "$peak_fds" ] && peak_fds=$fds
  [ "$h" -gt "$peak_heap" ] && peak_heap=$h
  sleep 3
done
wait "$LOAD_PID" || true
cat "$WORK/streams.txt"
gc_log=$(grep -c "OutOfMemoryError" "$WORK"/switchboard.*/switchboard.log 2>/dev/null || true)
echo "RESULT scenario=streams10k streams=$STREAMS h2c_conns=$H2C peak_fds=$peak_fds peak_live_heap_mb=$peak_heap heap_after_mb=$(heap_mb) oom=${gc_log:-0} alive=$(kill -0 "$TARGET_PID" 2>/dev/null && echo yes || echo no)"
