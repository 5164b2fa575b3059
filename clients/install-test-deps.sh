#!/usr/bin/env bash
# Installs what the client suites and clients/generate.sh need beyond Java 17 and Maven:
# Debian's protoc, gRPC plugins, Python gRPC and Go packages (STACK.md, "Code generation"), and
# the npm packages of the TypeScript client and of the official-SDK suite from their lock files.
# Idempotent: installs only what is missing, so a second run costs a second.
set -euo pipefail
cd "$(dirname "$0")"

apt_packages=(
  protobuf-compiler protobuf-compiler-grpc python3-grpcio python3-protobuf
  golang-go golang-google-protobuf-dev golang-google-grpc-dev protoc-gen-go protoc-gen-go-grpc
  golang-google-genproto-dev
  # Without the 1.5 line apt picks golang/protobuf 1.3 and the Go client panics at run time.
  golang-github-golang-protobuf-1-5-dev
  # .ci/run's smoke test of the jar.
  curl
)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "install-test-deps: apt: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends -qq "${missing[@]}" >/dev/null
fi

# The machine brings Node; the Connect packages pinned in the lock file need 20 or newer.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "install-test-deps: Node.js 20 or newer is required (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# npm ci in each npm project (the TypeScript client, the official-SDK suite), unless its
# node_modules was installed from this very lock file.
for project in typescript sdk-tests; do
  if ! cmp -s "$project/package-lock.json" "$project/node_modules/.installed-from-lock" 2>/dev/null; then
    echo "install-test-deps: npm ci (clients/$project)"
    (cd "$project" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-from-lock)
  fi
done
echo "install-test-deps: ok"
