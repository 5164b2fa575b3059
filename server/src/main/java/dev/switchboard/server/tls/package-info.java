/**
 * Serving over TLS: the certificate and key files given with {@code --tls-cert} and
 * {@code --tls-key}, read at start and again whenever they change, so a renewed certificate is
 * served without a restart.
 */
package dev.switchboard.server.tls;
