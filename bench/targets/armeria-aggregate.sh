# Target "armeria-aggregate": armeria-proxy.sh reading each request and each answer whole before
# sending it on, as the gateway does for a non-streamed call, still without decoding anything
# (ArmeriaProxy's "aggregate" mode). Non-stream scenarios only: an aggregated stream arrives at once.
source "$(dirname "${BASH_SOURCE[0]}")/reference-jvm.sh"
target_start() { reference_start dev.switchboard.bench.reference.ArmeriaProxy aggregate; }
