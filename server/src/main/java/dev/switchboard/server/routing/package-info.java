/**
 * Which targets serve a request and in what order (aliases, "provider/model" ids, bare names,
 * strategies), and the failure policy that moves between them ({@link
 * dev.switchboard.server.routing.Attempts}, circuit breakers per target). Decisions only: the
 * calls themselves are made by whoever runs the attempts.
 */
package dev.switchboard.server.routing;
