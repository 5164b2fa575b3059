/**
 * Providers: the admin service, their validated input, the stored form ({@link
 * dev.switchboard.server.provider.StoredProvider}, secrets sealed) and the one runtime form
 * ({@link dev.switchboard.server.provider.UpstreamProvider}, with its HTTP client) that the
 * registry builds on every change, presets, model lists and health. Separate from routing: this
 * package knows what a provider is, not which one serves a request.
 */
package dev.switchboard.server.provider;
