/**
 * The gRPC surface: the generated {@code Inference} service as a thin adapter over the core API (a
 * call's deadline becomes the caller's, its cancel cancels the future or aborts the stream).
 * Failures are mapped to status by {@code error.GrpcErrors}; the admin service lives with what it
 * administers ({@code provider}).
 */
package dev.switchboard.server.grpc;
