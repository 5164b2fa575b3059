# Target "armeria-proxy": the floor under Switchboard's transport. Armeria's server and client as the
# gateway sets them up (one event loop, its write coalescing), forwarding requests and answers as
# they come, with nothing of the gateway's own work (dev.switchboard.bench.reference.ArmeriaProxy).
source "$(dirname "${BASH_SOURCE[0]}")/reference-jvm.sh"
target_start() { reference_start dev.switchboard.bench.reference.ArmeriaProxy; }
