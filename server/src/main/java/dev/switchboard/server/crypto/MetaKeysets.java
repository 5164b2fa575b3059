package dev.switchboard.server.crypto;

import java.security.GeneralSecurityException;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

/**
 * Tink keysets the gateway makes for itself (the MAC key of keyed hashes, the token signing keys),
 * kept in the database's {@code meta} table sealed by the master keyset: one file to back up, and
 * one re-seal when the master keyset rotates ({@code meta} rows named {@code keyset:*}).
 */
public final class MetaKeysets {
    /** The prefix of every {@code meta} key holding a sealed keyset. */
    public static final String PREFIX = "keyset:";

    /** Where these keysets are, for the master keyset's rotation: each sealed with its meta key as associated data. */
    public static final SealedColumn SEALED = new SealedColumn(
            "meta.keyset:*",
            "SELECT key AS row_key, value AS sealed, NULL AS context FROM meta WHERE key LIKE '" + PREFIX + "%'",
            "UPDATE meta SET value = :sealed WHERE key = :row AND value = :old",
            (key, context) -> key);

    private MetaKeysets() {}

    /**
     * The keyset stored as {@code name}, or a new one of {@code parameters} stored now. Two
     * processes racing to create it: the first insert wins and both use it.
     */
    public static KeysetHandle loadOrCreate(Jdbi jdbi, Sealer sealer, String name, Parameters parameters) {
        return jdbi.inTransaction(h -> {
            final Optional<KeysetHandle> existing = load(h, sealer, name);
            if (existing.isPresent()) {
                return existing.get();
            }
            final KeysetHandle created;
            try {
                created = KeysetHandle.newBuilder()
                                      .addEntry(KeysetHandle.generateEntryFromParameters(parameters)
                                                            .withRandomId().makePrimary())
                                      .build();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot create the keyset " + name, e);
            }
            store(h, sealer, name, created, true);
            return created;
        });
    }

    /** The keyset stored as {@code name}, if any. */
    public static Optional<KeysetHandle> load(Handle h, Sealer sealer, String name) {
        return h.createQuery("SELECT value FROM meta WHERE key = :key")
                .bind("key", PREFIX + name)
                .mapTo(String.class)
                .findOne()
                .map(sealed -> parse(sealer.openText(sealed, PREFIX + name), name));
    }

    /** Stores {@code keyset} as {@code name}: inserted when {@code create}, else replaced. */
    public static void store(Handle h, Sealer sealer, String name, KeysetHandle keyset, boolean create) {
        final String json;
        try {
            json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot serialize the keyset " + name, e);
        }
        final String sql = create ? "INSERT INTO meta (key, value) VALUES (:key, :value)"
                                  : "UPDATE meta SET value = :value WHERE key = :key";
        h.createUpdate(sql).bind("key", PREFIX + name).bind("value", sealer.sealText(json, PREFIX + name)).execute();
    }

    private static KeysetHandle parse(String json, String name) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            // No cause: Tink's message may quote the keyset.
            throw new IllegalStateException("the stored keyset " + name + " is not a Tink keyset");
        }
    }
}
