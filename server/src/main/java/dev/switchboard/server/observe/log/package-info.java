/**
 * The JSON access log: one line per request, queued by the request's watch when its log is
 * complete and written by one thread to stdout or a file; bodies only with {@code --log-bodies on},
 * redacted.
 */
package dev.switchboard.server.observe.log;
