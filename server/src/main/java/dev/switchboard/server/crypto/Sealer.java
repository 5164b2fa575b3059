package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.util.Base64;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;

/**
 * Seals secrets at rest with an AEAD. The associated data binds a ciphertext to its owner (a
 * provider's id and origin), so a sealed value copied to another row does not open there. The
 * keyset can be replaced while requests run ({@link KeysetRotation}): a caller sees the old or the
 * new one, and both open what the other sealed.
 */
public final class Sealer {
    private record Keys(KeysetHandle keyset, Aead aead) {}

    private volatile Keys keys;

    Sealer(KeysetHandle keyset) {
        this.keys = keysOf(keyset);
    }

    /** The keyset in use (its primary seals). */
    KeysetHandle keyset() {
        return keys.keyset();
    }

    /** From now on seals with {@code keyset}'s primary and opens under its enabled keys. */
    void use(KeysetHandle keyset) {
        keys = keysOf(keyset);
    }

    private static Keys keysOf(KeysetHandle keyset) {
        requireNonNull(keyset, "keyset");
        try {
            return new Keys(keyset, keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException e) {
            // No cause: Tink's message may quote the keyset.
            throw new IllegalStateException("the keyset is not an AEAD keyset");
        }
    }

    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        requireNonNull(plaintext, "plaintext");
        requireNonNull(associatedData, "associatedData");
        try {
            return keys.aead().encrypt(plaintext, associatedData);
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
            return keys.aead().decrypt(ciphertext, associatedData);
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
