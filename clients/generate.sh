#!/usr/bin/env bash
# Regenerates the committed client code of every language from proto/:
#   clients/python/switchboard/v1, clients/python/google   (protoc + grpc_python_plugin, Debian)
#   clients/typescript/src/gen                             (protoc + protoc-gen-es from npm)
#   clients/go/v1                                          (protoc + protoc-gen-go{,-grpc}, Debian)
# Java needs no committed code: the proto module generates it on every Maven build (protoc and
# grpc-java from Maven) and the switchboard-client artifact carries it.
#
#   clients/generate.sh           regenerate in place
#   clients/generate.sh --check   regenerate into a scratch copy; fail if it differs from the tree
#
# Everything under the directories above is owned by this script: it deletes them and writes
# them anew, so a removed .proto leaves no stale module behind.
# Prerequisites: clients/install-test-deps.sh (Debian protoc and plugins, npm ci in typescript/)
# and a Maven build (for the google/api and google/rpc protos in proto-google-common-protos).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
clients=$root/clients

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

need() { command -v "$1" >/dev/null || { echo "generate: $1 not found (run clients/install-test-deps.sh)" >&2; exit 1; }; }
need protoc
need grpc_python_plugin
need protoc-gen-go
need protoc-gen-go-grpc
es_plugin=$clients/typescript/node_modules/.bin/protoc-gen-es
[ -x "$es_plugin" ] || { echo "generate: $es_plugin missing (run: cd clients/typescript && npm ci)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# google/api (our imports) and google/rpc (the error details every client decodes) come from the
# same jar the Java build uses, so all languages see one version of them.
version=$(sed -n 's:.*<common-protos.version>\(.*\)</common-protos.version>.*:\1:p' "$root/pom.xml")
jar=${MAVEN_REPOSITORY:-$HOME/.m2/repository}/com/google/api/grpc/proto-google-common-protos/$version/proto-google-common-protos-$version.jar
if [ ! -f "$jar" ]; then
  mvn -B -ntp -q dependency:get -Dartifact="com.google.api.grpc:proto-google-common-protos:$version" >&2
fi
google_protos=(google/api/annotations.proto google/api/http.proto google/api/field_behavior.proto
               google/rpc/status.proto google/rpc/error_details.proto)
mkdir -p "$scratch/include"
(cd "$scratch/include" && jar xf "$jar" "${google_protos[@]}")

protos=()
for f in "$root"/proto/src/main/proto/switchboard/v1/*.proto; do
  protos+=("switchboard/v1/$(basename "$f")")
done
includes=(-I "$root/proto/src/main/proto" -I "$scratch/include" -I /usr/include)

out=$scratch/out
mkdir -p "$out/python" "$out/typescript/src/gen" "$out/go"

# Python: our modules plus the google ones Debian does not package. switchboard/ is the wrapper
# package, so v1 gets its own __init__; google/ stays a namespace package to merge with
# Debian's google.protobuf.
protoc "${includes[@]}" --python_out="$out/python" --pyi_out="$out/python" \
  --plugin=protoc-gen-grpc_python="$(command -v grpc_python_plugin)" --grpc_python_out="$out/python" \
  "${protos[@]}"
protoc "${includes[@]}" --python_out="$out/python" --pyi_out="$out/python" "${google_protos[@]}"
echo '"""Generated protobuf and gRPC modules of switchboard.v1 (clients/generate.sh)."""' \
  > "$out/python/switchboard/v1/__init__.py"

# TypeScript: well-known types come from @bufbuild/protobuf/wkt, the google ones are generated.
protoc "${includes[@]}" --plugin=protoc-gen-es="$es_plugin" --es_out="$out/typescript/src/gen" \
  --es_opt=target=ts,import_extension=js "${protos[@]}" "${google_protos[@]}"

# Go: the .protos name no go_package, so map them here; google/* resolve to Debian's genproto.
go_map=()
for p in "${protos[@]}"; do
  go_map+=("M$p=switchboard.dev/switchboard/v1;switchboardv1")
done
go_opts=$(IFS=,; echo "module=switchboard.dev/switchboard,${go_map[*]}")
protoc "${includes[@]}" --go_out="$out/go" --go_opt="$go_opts" \
  --go-grpc_out="$out/go" --go-grpc_opt="$go_opts" "${protos[@]}"

# generated directory (relative to clients/) <- its place in the scratch output
targets=(python/switchboard/v1 python/google typescript/src/gen go/v1)
if $check; then
  status=0
  for t in "${targets[@]}"; do
    diff -ru "$clients/$t" "$out/$t" || status=1
  done
  if [ $status -ne 0 ]; then
    echo "generate --check: committed generated code differs from proto/; run clients/generate.sh and commit" >&2
    exit 1
  fi
  echo "generate --check: generated code is current (${targets[*]})"
else
  for t in "${targets[@]}"; do
    rm -rf "${clients:?}/$t"
    mkdir -p "$(dirname "$clients/$t")"
    cp -r "$out/$t" "$clients/$t"
  done
  echo "generated: ${targets[*]}"
fi
