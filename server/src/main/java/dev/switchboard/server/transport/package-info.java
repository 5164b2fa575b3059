/**
 * Socket-level tuning under Armeria: one write per HTTP/1.1 message and the event loop's turn it
 * depends on. Apart from the services because it changes how bytes leave, never what they are.
 */
package dev.switchboard.server.transport;
