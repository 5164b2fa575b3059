package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import org.jdbi.v3.core.Jdbi;

import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.mac.MacConfig;

/**
 * HMAC-SHA-256 under a key kept (sealed) in the database: how client keys, OAuth client secrets
 * and refresh tokens are stored. Unlike a plain SHA-256, a stolen database gives nothing to
 * brute-force offline without the keyset. The MAC key never rotates: rotating it would orphan
 * every stored hash (the master keyset that seals it does rotate).
 */
public final class KeyedHash {
    static final String KEYSET_NAME = "mac";

    private final Mac mac;

    private KeyedHash(Mac mac) {
        this.mac = mac;
    }

    /** The database's MAC key, created on first use. */
    public static KeyedHash open(Jdbi jdbi, Sealer sealer) {
        try {
            MacConfig.register();
            final HmacParameters parameters = HmacParameters.builder()
                                                            .setKeySizeBytes(32)
                                                            .setTagSizeBytes(32)
                                                            .setHashType(HmacParameters.HashType.SHA256)
                                                            .setVariant(HmacParameters.Variant.NO_PREFIX)
                                                            .build();
            return new KeyedHash(MetaKeysets.loadOrCreate(jdbi, sealer, KEYSET_NAME, parameters)
                                            .getPrimitive(RegistryConfiguration.get(), Mac.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the MAC keyset", e);
        }
    }

    /** The hash of {@code secret}, lower-case hex (64 characters). */
    public String hash(String secret) {
        try {
            return HexFormat.of().formatHex(mac.computeMac(secret.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a MAC");
        }
    }
}
