/**
 * Secrets at rest and in memory: the Tink keyset, the sealer that binds a ciphertext to its owner,
 * and {@link dev.switchboard.server.crypto.Secret}, which shows itself only masked. Kept apart so
 * that the code that sees a secret in clear is small and in one place.
 */
package dev.switchboard.server.crypto;
