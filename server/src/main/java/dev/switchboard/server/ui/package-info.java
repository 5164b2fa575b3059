/**
 * The web console under {@code /ui}: its built files (from the jar, or {@code --ui-dir}), served
 * with a strict Content-Security-Policy, and the login sessions that let a browser call the admin
 * API and {@code /v1} with a cookie instead of a key.
 */
package dev.switchboard.server.ui;
