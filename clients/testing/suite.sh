#!/usr/bin/env bash
# One language's client suite, run inside the live stack:
#   /usr/bin/python3 clients/testing/stack.py run -- bash clients/testing/suite.sh LANGUAGE
# LANGUAGE is python, typescript or go (Java's suite is JUnit in clients/java and starts the
# stack itself). Each suite builds what it needs, runs its tests and its README example.
# "sdk" is not a client of ours: it replays recordings through the gateway with the official
# openai and @anthropic-ai/sdk npm SDKs as clients (clients/sdk-tests).
set -euo pipefail
clients=$(cd "$(dirname "$0")/.." && pwd)

case "${1:-}" in
  python)
    cd "$clients/python"
    # Debian's interpreter: it is the one that sees python3-grpcio and python3-protobuf.
    exec /usr/bin/python3 -m unittest discover -v -s tests
    ;;
  typescript)
    cd "$clients/typescript"
    exec npm test --silent
    ;;
  sdk)
    cd "$clients/sdk-tests"
    exec npm test --silent
    ;;
  go)
    # GOPATH mode with Debian's Go packages (the module proxy is out of reach); the client lives
    # at switchboard.dev/switchboard through a link in a throwaway GOPATH.
    gopath=$(mktemp -d)
    trap 'rm -rf "$gopath"' EXIT
    mkdir -p "$gopath/src/switchboard.dev"
    ln -s "$clients/go" "$gopath/src/switchboard.dev/switchboard"
    # CGO off: the client uses no C, and Debian's Go 1.19 would otherwise want gcc for net.
    export GOPATH=$gopath:/usr/share/gocode GO111MODULE=off GOPROXY=off GOFLAGS= CGO_ENABLED=0
    # Named one by one: "./..." patterns do not follow the link.
    go vet switchboard.dev/switchboard switchboard.dev/switchboard/v1 switchboard.dev/switchboard/examples/streamchat
    go test -count=1 -v switchboard.dev/switchboard
    ;;
  *)
    echo "usage: $0 python|typescript|go|sdk" >&2
    exit 2
    ;;
esac
