# Target "switchboard": the gateway through its start script (bin/switchboard), pinned by $PIN_GW,
# on a free port with a fresh data directory, and one provider "mock" (preset custom, base URL
# $MOCK_URL/v1) registered through the admin API. The load's model "gpt-4o-mini" is a bare name:
# it resolves through the provider's cached model list (the mock serves GET /v1/models), as a
# client of a one-provider gateway would use it. SB_MODEL=mock/gpt-4o-mini sends "provider/model"
# instead (no model-list lookup).
#
# Knobs (env): SB_CREDENTIAL (what the load authenticates with: "admin" (default) the admin key,
# "key" a member's client API key, "jwt" an access token exchanged for that key at /oauth/token),
# SB_MODEL (default gpt-4o-mini), SB_API_FORMAT (default openai), SB_PORT (default: a
# free one), SWITCHBOARD_HOME (the repository, default: two levels above this file), JAVA_OPTS and
# SWITCHBOARD_HEAP (passed to bin/switchboard), SWITCHBOARD_CDS (default off here: a benchmark should
# not write the user's start-up cache), SB_ARGS (more flags for `serve`, e.g. "--metering off"),
# SB_LIMITS=1 (give the load's key, its user, the gateway and the mock provider rate limits, and the
# first three a budget and a quota, all too high to refuse, so that every request pays for checking
# them: the cost of limits and the ledger), SB_LIMITS=key (only the key's rate limits: the usual case).
SB_HOME=${SWITCHBOARD_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
SB_PORT=${SB_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
SB_ADMIN_KEY=${SB_ADMIN_KEY:-sk-bench-admin-key-0001}
SB_MODEL=${SB_MODEL:-gpt-4o-mini}
SB_API_FORMAT=${SB_API_FORMAT:-openai}
TARGET_URL="http://127.0.0.1:$SB_PORT/v1/chat/completions"
TARGET_HEADERS=("Authorization: Bearer $SB_ADMIN_KEY")
if [ "$SB_MODEL" != gpt-4o-mini ]; then
  for f in chat chat-stream; do
    sed "s|\"model\":\"gpt-4o-mini\"|\"model\":\"$SB_MODEL\"|" "$BENCH/load/$f.json" > "$WORK/sb-$f.json"
  done
  TARGET_BODY="$WORK/sb-chat.json"; TARGET_STREAM_BODY="$WORK/sb-chat-stream.json"
fi

target_start() {
  [ -f "$SB_HOME/server/target/switchboard.jar" ] || { echo "no $SB_HOME/server/target/switchboard.jar (build it: bench/run-switchboard.sh does)" >&2; return 1; }
  local d; d=$(mktemp -d "$WORK/switchboard.XXXXXX"); TARGET_LOG="$d/switchboard.log"
  SWITCHBOARD_ADMIN_KEY=$SB_ADMIN_KEY SWITCHBOARD_CDS=${SWITCHBOARD_CDS:-off} \
    setsid $PIN_GW "$SB_HOME/bin/switchboard" serve --port "$SB_PORT" --data-dir "$d/data" ${SB_ARGS:-} \
      > "$d/switchboard.log" 2>&1 &
  TARGET_PID=$!   # bin/switchboard execs java: this is the JVM
  local base="http://127.0.0.1:$SB_PORT" t0=$SECONDS
  until curl -sf -o /dev/null -m 1 "$base/health"; do
    kill -0 "$TARGET_PID" 2>/dev/null || { echo "switchboard exited: $(tail -3 "$d/switchboard.log")" >&2; return 1; }
    [ $((SECONDS - t0)) -lt 120 ] || { echo "switchboard not healthy after 120 s" >&2; return 1; }
    sleep 0.2
  done
  echo "  switchboard healthy after $((SECONDS - t0)) s (log: $d/switchboard.log)" >&2
  local out
  out=$(curl -s -m 10 -w ' HTTP %{http_code}' "$base/admin/v1/providers" -H "Authorization: Bearer $SB_ADMIN_KEY" \
        -H 'Content-Type: application/json' \
        -d "{\"name\":\"mock\",\"preset\":\"custom\",\"api_format\":\"$SB_API_FORMAT\",\"base_url\":\"$MOCK_URL/v1\",\"api_key\":\"sk-mock\"}")
  [[ "$out" == *"HTTP 200" ]] || { echo "creating the provider failed: $out" >&2; return 1; }
  case ${SB_CREDENTIAL:-admin} in
    admin) ;;
    key|jwt)
      local admin=(-H "Authorization: Bearer $SB_ADMIN_KEY" -H 'Content-Type: application/json') secret
      curl -sf -m 10 -o /dev/null "$base/admin/v1/users" "${admin[@]}" -d '{"name":"bench","role":"member"}' \
        || { echo "creating the bench user failed" >&2; return 1; }
      local created
      created=$(curl -sf -m 10 "$base/admin/v1/keys" "${admin[@]}" -d '{"user":"bench"}') \
        || { echo "creating the bench key failed" >&2; return 1; }
      secret=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["secret"])' "$created")
      if [ "${SB_LIMITS:-0}" = 1 ] || [ "${SB_LIMITS:-0}" = key ]; then
        local id rates='"requests_per_minute":1000000000,"tokens_per_minute":10000000000,"max_concurrent":100000'
        local spend=',"budget":{"amount_usd":"1000000","period":"month"},"quota":{"requests":1000000000000,"period":"day"}'
        id=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["key"]["id"])' "$created")
        local subjects=("key/$id" user/bench global/all provider/mock)
        [ "$SB_LIMITS" = key ] && subjects=("key/$id")
        for subject in "${subjects[@]}"; do
          local body="{$rates}"
          [[ $subject == provider/* || $SB_LIMITS == key ]] || body="{$rates$spend}"
          curl -sf -m 10 -o /dev/null -X PUT "$base/admin/v1/limits/$subject" "${admin[@]}" -d "$body" \
            || { echo "setting the limits of $subject failed" >&2; return 1; }
        done
      fi
      if [ "$SB_CREDENTIAL" = jwt ]; then
        secret=$(curl -sf -m 10 "$base/oauth/token" \
                   --data-urlencode 'grant_type=urn:ietf:params:oauth:grant-type:token-exchange' \
                   --data-urlencode "subject_token=$secret" \
                   --data-urlencode 'subject_token_type=urn:switchboard:params:oauth:token-type:api_key' \
                 | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])') \
          || { echo "exchanging the bench key for a token failed" >&2; return 1; }
      fi
      TARGET_HEADERS=("Authorization: Bearer $secret") ;;
    *) echo "SB_CREDENTIAL: $SB_CREDENTIAL (expected: admin, key or jwt)" >&2; return 1 ;;
  esac
  # A format this build does not implement answers 501 at once: say so instead of waiting a minute.
  out=$(curl -s -m 10 "$TARGET_URL" -H "${TARGET_HEADERS[0]}" -H 'Content-Type: application/json' \
        --data-binary @"${TARGET_BODY:-$BENCH/load/chat.json}")
  [[ "$out" != *format_not_implemented* ]] || { echo "this build does not implement api_format $SB_API_FORMAT: $out" >&2; return 1; }
  # A few streams before run.sh's one-shot stream check: a cold JVM loads the streaming classes
  # slowly, and while it does, a first stream can hit the stream relay's start-up race (a 502; see
  # docs/performance.md). Errors in the measured scenarios still count.
  for _ in 1 2 3; do
    curl -s -m 20 -o /dev/null "$TARGET_URL" -H "${TARGET_HEADERS[0]}" -H 'Content-Type: application/json' \
      --data-binary @"${TARGET_STREAM_BODY:-$BENCH/load/chat-stream.json}" || true
  done
}

# The access log goes to stdout (~500 MB per loaded minute) and the ledger fills the data directory
# (~1 GB per run): keep only the log's tail, or a few runs fill /tmp.
target_stop() {
  [ -n "$TARGET_PID" ] && kill "$TARGET_PID" 2>/dev/null; wait "$TARGET_PID" 2>/dev/null
  trim_log "${TARGET_LOG:-}"
  [ -z "${TARGET_LOG:-}" ] || rm -rf "$(dirname "$TARGET_LOG")/data"
}
trim_log() {
  [ -f "$1" ] && [ "$(stat -c %s "$1")" -gt 10000000 ] || return 0
  tail -n 1000 "$1" > "$1.tail" && mv "$1.tail" "$1"
}
