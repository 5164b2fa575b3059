/**
 * Start-up only: logging set up in code, work overlapped with opening the data directory, and the
 * class-data-sharing training run with its upstream. Nothing here runs on the request path.
 */
package dev.switchboard.server.startup;
