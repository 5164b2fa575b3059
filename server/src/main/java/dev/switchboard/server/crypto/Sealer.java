package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.util.Base64;
import com.google.crypto.tink.Aead;

/**
 * Seals secrets at rest with an AEAD. The associated data binds a ciphertext to its owner (a
 * provider's id), so a sealed value copied to another row does not open there.
 */
public final class Sealer {
    private final Aead aead;

    Sealer(Aead aead) {
        this.aead = requireNonNull(aead, "aead");
    }

    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        requireNonNull(plaintext, "plaintext");
        requireNonNull(associatedData, "associatedData");
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a value: " + e.getMessage(), e);
        }
    }

    /**
     * Opens what {@link #seal} produced with the same associated data.
     *
     * @throws IllegalStateException if the keyset or the associated data differ, or the ciphertext
     *         was altered. The message never contains the plaintext.
     */
    public byte[] open(byte[] ciphertext, byte[] associatedData) {
        requireNonNull(ciphertext, "ciphertext");
        requireNonNull(associatedData, "associatedData");
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            // Tink's message says only that decryption failed; no cause is kept, to stay silent.
            throw new IllegalStateException(
                    "cannot open a sealed value: wrong keyset, wrong associated data or altered ciphertext");
        }
    }

    /** Seals UTF-8 text into base64 text, the form stored in the database's TEXT columns. */
    public String sealText(String plaintext, String associatedData) {
        return Base64.getEncoder().encodeToString(
                seal(plaintext.getBytes(UTF_8), associatedData.getBytes(UTF_8)));
    }

    /** Opens what {@link #sealText} produced. */
    public String openText(String sealed, String associatedData) {
        final byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot open a sealed value: not base64");
        }
        return new String(open(ciphertext, associatedData.getBytes(UTF_8)), UTF_8);
    }
}
