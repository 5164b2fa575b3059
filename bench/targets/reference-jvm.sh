# Shared by the reference-proxy targets (armeria-proxy.sh, armeria-aggregate.sh, netty-proxy.sh): starts a reference proxy
# from bench/jmh/target/benchmarks.jar with the JVM flags bin/switchboard gives the gateway (fixed
# 512 MB heap, ParallelGC, one event loop per CPU it is pinned to), pinned by $PIN_GW, and waits for its port.
# Not a target itself (run.sh takes the file names given to it).
REF_JAR=${REF_JAR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/jmh/target/benchmarks.jar}
REF_PORT=${REF_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
TARGET_URL="http://127.0.0.1:$REF_PORT/v1/chat/completions"
TARGET_HEADERS=('Authorization: Bearer sk-mock')

reference_start() {   # $1: the main class, then its extra arguments
  [ -f "$REF_JAR" ] || { echo "no $REF_JAR (build it: mvn -B -ntp -DskipTests package -pl bench/jmh -am)" >&2; return 1; }
  local d; d=$(mktemp -d "$WORK/reference.XXXXXX")
  setsid $PIN_GW java -Xms512m -Xmx512m -XX:MaxDirectMemorySize=512m -XX:+UseParallelGC \
    -Dcom.linecorp.armeria.numCommonWorkers="$($PIN_GW nproc)" ${JAVA_OPTS:-} \
    -cp "$REF_JAR" "$1" "$REF_PORT" "$MOCK_URL" "${@:2}" > "$d/proxy.log" 2>&1 &
  TARGET_PID=$!
  local t0=$SECONDS
  until curl -s -o /dev/null -m 1 "http://127.0.0.1:$REF_PORT/"; do
    kill -0 "$TARGET_PID" 2>/dev/null || { echo "$1 exited: $(tail -3 "$d/proxy.log")" >&2; return 1; }
    [ $((SECONDS - t0)) -lt 60 ] || { echo "$1 not listening after 60 s" >&2; return 1; }
    sleep 0.2
  done
}

target_stop() { [ -n "$TARGET_PID" ] && kill "$TARGET_PID" 2>/dev/null; wait "$TARGET_PID" 2>/dev/null; }
