# Target "netty-proxy": what a lighter transport could cost. A plain Netty HTTP/1.1 reverse proxy on
# the same JVM and Netty, built like the nginx target (a kept-alive upstream connection per client
# connection, parts forwarded as they are decoded); not a gateway
# (dev.switchboard.bench.reference.NettyProxy).
source "$(dirname "${BASH_SOURCE[0]}")/reference-jvm.sh"
target_start() { reference_start dev.switchboard.bench.reference.NettyProxy; }
