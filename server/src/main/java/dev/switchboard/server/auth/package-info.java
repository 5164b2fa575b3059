/**
 * Who is calling and what they may do: the {@link dev.switchboard.server.auth.AuthDecorator} turns a
 * credential into a {@link dev.switchboard.server.auth.Principal} (through an {@link
 * dev.switchboard.server.auth.Authenticator}, in memory) on every route, and {@link
 * dev.switchboard.server.auth.Permissions}, the one role table, authorizes every RPC (through
 * {@link dev.switchboard.server.auth.AccessInterceptor}) and route. Refusals answer in the caller's
 * protocol. What a principal may see among owned things is {@code Principal#canSee}.
 */
package dev.switchboard.server.auth;
