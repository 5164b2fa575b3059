/**
 * External identity providers: issuers configured by an admin (their {@code iss}, JWKS URL,
 * audience and how claims map to a gateway user and role), whose JWTs the gateway accepts as
 * credentials. Keys are fetched asynchronously, cached, and re-fetched on an unknown {@code kid}
 * at most once a minute; users are provisioned on first sight.
 */
package dev.switchboard.server.oauth.issuer;
