/**
 * Where failures become answers at the edges: errors Armeria raises before a service runs, as
 * HTTP error JSON, and every gRPC service failure, as a status with ErrorInfo and RetryInfo. One
 * mapper per protocol, so services only throw; the table of error kinds itself lives with the
 * wire formats (transcoder's {@code error} package).
 */
package dev.switchboard.server.error;
