/**
 * The gateway as an OAuth2 authorization server for machine clients and sessions: ES256 signing
 * keys kept as a sealed Tink keyset, the access tokens it signs (and verifies on every request),
 * the token endpoint (client_credentials, token exchange, refresh_token), refresh token families,
 * OAuth clients, and the public discovery documents (JWKS, RFC 8414 metadata).
 */
package dev.switchboard.server.oauth;
