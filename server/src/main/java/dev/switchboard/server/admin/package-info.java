/**
 * The {@code AccessAdmin} gRPC service: a façade that delegates each RPC to the package of its
 * feature (access, oauth, oauth.issuer, crypto, audit) and audits every change. Kept apart so that
 * those packages do not depend on one another through it.
 */
package dev.switchboard.server.admin;
