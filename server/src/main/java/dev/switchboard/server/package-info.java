/**
 * The gateway process: {@link dev.switchboard.server.Main} and {@link dev.switchboard.server.Cli}
 * read the command line and {@link dev.switchboard.server.ServerConfig}; {@link
 * dev.switchboard.server.Gateway} holds everything one process owns and is the one place its
 * services are put on the Armeria server (tests use the same wiring). The feature packages below
 * hold the rest; docs/architecture.md draws the map.
 */
package dev.switchboard.server;
