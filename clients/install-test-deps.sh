#!/usr/bin/env bash
# Installs what the client suites, clients/generate.sh and the web console's checks need beyond
# Java 17 and Maven: Debian's protoc, gRPC plugins, Python gRPC and Go packages (STACK.md, "Code
# generation"), Debian's Chromium for the console's browser suite, and the npm packages of the
# TypeScript client, the official-SDK suite, the console (ui/) and its browser suite (ui/e2e/)
# from their lock files.
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
  # ui/e2e drives Debian's Chromium through playwright-core (no browser download); DejaVu gives
  # its screenshots real glyphs.
  chromium fonts-dejavu-core
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

# npm ci in each npm project (the TypeScript client, the official-SDK suite, the console, whose
# build check needs its node_modules, and its browser suite), unless its node_modules was installed
# from this very lock file. Paths are from the repository's root.
cd ..
for project in clients/typescript clients/sdk-tests ui ui/e2e; do
  if ! cmp -s "$project/package-lock.json" "$project/node_modules/.installed-from-lock" 2>/dev/null; then
    echo "install-test-deps: npm ci ($project)"
    (cd "$project" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-from-lock)
  fi
done
echo "install-test-deps: ok"
