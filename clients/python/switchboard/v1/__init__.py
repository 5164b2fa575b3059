"""Generated protobuf and gRPC modules of switchboard.v1 (clients/generate.sh)."""
