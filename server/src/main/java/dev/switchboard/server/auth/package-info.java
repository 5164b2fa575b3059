/**
 * Who is calling: the admin key, the decorator that checks it on every route (answering in the
 * caller's protocol), and the {@link dev.switchboard.server.auth.Principal} it leaves on the
 * request for what the caller stores.
 */
package dev.switchboard.server.auth;
