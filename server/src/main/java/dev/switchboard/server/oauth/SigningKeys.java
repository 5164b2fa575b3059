package dev.switchboard.server.oauth;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.jwt.JwkSetConverter;
import com.google.crypto.tink.jwt.JwtEcdsaParameters;
import com.google.crypto.tink.jwt.JwtEcdsaPublicKey;
import com.google.crypto.tink.jwt.JwtPublicKeySign;
import com.google.crypto.tink.jwt.JwtPublicKeyVerify;
import com.google.crypto.tink.jwt.JwtSignatureConfig;
import com.google.crypto.tink.jwt.JwtValidator;
import com.google.crypto.tink.jwt.RawJwt;
import com.google.crypto.tink.jwt.VerifiedJwt;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.crypto.MetaKeysets;
import dev.switchboard.server.crypto.Sealer;

/**
 * The ES256 keys that sign the gateway's access tokens: a Tink JWT keyset stored sealed in
 * {@code meta} (so a master keyset rotation re-seals it), with each key's creation time in a
 * plain {@code meta} row. Rotation makes a new key primary and keeps the previous public keys in
 * the JWKS: a key leaves only when three newer ones exist and it stopped signing longer ago than
 * a token lives. Other replicas pick a rotation up within {@link #RELOAD} (one small query), or
 * as soon as a token names a kid they do not know.
 */
final class SigningKeys implements AutoCloseable {
    static final String KEYSET = "jwt";
    static final String CREATED = "signing-keys";
    static final int KEEP = 3;
    static final Duration RELOAD = Duration.ofSeconds(30);
    /** How often a token with a kid this replica does not know may make it reload early. */
    static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(5);
    private static final Logger logger = LoggerFactory.getLogger(SigningKeys.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Long>> CREATE_TIMES = new TypeReference<>() {};

    /** One signing key as the admin API lists it. */
    record KeyInfo(String kid, int id, boolean primary, Instant createTime) {}

    /** Everything derived from one stored keyset, swapped as a whole. */
    private record Snapshot(String sealed, JwtPublicKeySign signer, JwtPublicKeyVerify verifier, String jwks,
                            List<KeyInfo> keys) {}

    private static final JwtEcdsaParameters PARAMETERS;

    static {
        try {
            JwtSignatureConfig.register();
            PARAMETERS = JwtEcdsaParameters.builder()
                                           .setAlgorithm(JwtEcdsaParameters.Algorithm.ES256)
                                           .setKidStrategy(JwtEcdsaParameters.KidStrategy.BASE64_ENCODED_KEY_ID)
                                           .build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Jdbi jdbi;
    private final Sealer sealer;
    private final Clock clock;
    /** How long after it stopped signing a key may still verify a token: the longest token life and the skew. */
    private final Duration retention;
    private volatile Snapshot snapshot;
    private final ScheduledExecutorService background;
    private final ScheduledFuture<?> reloader;
    private final AtomicLong lastEarlyReload = new AtomicLong(System.nanoTime() - UNKNOWN_KID_RELOAD.toNanos());

    private SigningKeys(Jdbi jdbi, Sealer sealer, Clock clock, Duration retention, ScheduledExecutorService background) {
        this.jdbi = jdbi;
        this.sealer = sealer;
        this.clock = clock;
        this.retention = retention;
        this.background = background;
        MetaKeysets.loadOrCreate(jdbi, sealer, KEYSET, PARAMETERS);
        snapshot = jdbi.inTransaction(h -> read(h, true));
        reloader = background.scheduleWithFixedDelay(this::reloadQuietly, RELOAD.toMillis(), RELOAD.toMillis(),
                                                     TimeUnit.MILLISECONDS);
    }

    /** Loads (or creates) the keyset; blocking (start-up). */
    static SigningKeys open(Jdbi jdbi, Sealer sealer, Clock clock, Duration retention,
                            ScheduledExecutorService background) {
        return new SigningKeys(jdbi, sealer, clock, retention, background);
    }

    String sign(RawJwt jwt) throws GeneralSecurityException {
        return snapshot.signer().signAndEncode(jwt);
    }

    VerifiedJwt verify(String jwt, JwtValidator validator) throws GeneralSecurityException {
        return snapshot.verifier().verifyAndDecode(jwt, validator);
    }

    /** The public keys as a JWK set (RFC 7517). */
    String jwks() {
        return snapshot.jwks();
    }

    /** Whether {@code kid} is one of the keys this replica has loaded. */
    boolean knows(String kid) {
        for (KeyInfo k : snapshot.keys()) {
            if (k.kid().equals(kid)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reloads off the caller's thread, for a token whose kid is unknown here: another replica may
     * have just rotated. At most once per {@link #UNKNOWN_KID_RELOAD}, so made-up kids cost one
     * small query per interval at most; null when it is too soon.
     */
    @Nullable
    CompletableFuture<Void> reloadEarly() {
        final long last = lastEarlyReload.get();
        final long now = System.nanoTime();
        if (now - last < UNKNOWN_KID_RELOAD.toNanos() || !lastEarlyReload.compareAndSet(last, now)) {
            return null;
        }
        return CompletableFuture.runAsync(this::reloadQuietly, background);
    }

    /** Newest first. */
    List<KeyInfo> keys() {
        return snapshot.keys();
    }

    /**
     * Makes a new key primary and drops the keys no token can need any more; blocking. Runs in
     * one transaction on the stored keyset, so two replicas rotating at once both take effect.
     */
    synchronized List<KeyInfo> rotate() {
        snapshot = jdbi.inTransaction(h -> {
            final KeysetHandle current = MetaKeysets.load(h, sealer, KEYSET).orElseThrow(
                    () -> new IllegalStateException("the signing keyset is missing"));
            final Map<String, Long> created = createTimes(h);
            final long now = clock.millis();
            final KeysetHandle next;
            try {
                final KeysetHandle.Builder b = KeysetHandle.newBuilder(current);
                final KeysetHandle.Builder.Entry entry = KeysetHandle.generateEntryFromParameters(PARAMETERS)
                                                                     .withRandomId();
                b.addEntry(entry);
                entry.makePrimary();
                final KeysetHandle rotated = b.build();
                created.put(Integer.toString(rotated.getPrimary().getId()), now);
                next = prune(rotated, created, now);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot rotate the signing keyset", e);
            }
            MetaKeysets.store(h, sealer, KEYSET, next, false);
            writeCreateTimes(h, created, next);
            return read(h, false);
        });
        return snapshot.keys();
    }

    /** Picks up a rotation made by another replica within {@link #RELOAD}, or sooner on an unknown kid; blocking. Synchronized with rotate: never goes back. */
    synchronized void reload() {
        final String sealed = jdbi.withHandle(h -> sealedKeyset(h).orElse(null));
        if (sealed != null && !sealed.equals(snapshot.sealed())) {
            snapshot = jdbi.inTransaction(h -> read(h, false));
        }
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            logger.warn("cannot reload the token signing keys: {}", e.getClass().getSimpleName());
        }
    }

    /** Keeps the newest {@link #KEEP} keys, and older ones still within {@link #retention} of being replaced. */
    private KeysetHandle prune(KeysetHandle keyset, Map<String, Long> created, long now)
            throws GeneralSecurityException {
        // New keys are always appended: the keyset's order is the order they were made in.
        final List<Integer> newestFirst = new ArrayList<>();
        for (int i = keyset.size() - 1; i >= 0; i--) {
            newestFirst.add(keyset.getAt(i).getId());
        }
        final List<Integer> drop = new ArrayList<>();
        for (int i = KEEP; i < newestFirst.size(); i++) {
            // A key stopped signing when the next newer one was made.
            final long replaced = created.getOrDefault(newestFirst.get(i - 1).toString(), now);
            if (now - replaced > retention.toMillis()) {
                drop.add(newestFirst.get(i));
            }
        }
        if (drop.isEmpty()) {
            return keyset;
        }
        final KeysetHandle.Builder b = KeysetHandle.newBuilder(keyset);
        for (int i = keyset.size() - 1; i >= 0; i--) {
            if (drop.contains(keyset.getAt(i).getId())) {
                b.deleteAt(i);
            }
        }
        return b.build();
    }

    private Snapshot read(Handle h, boolean recordMissing) {
        final String sealed = sealedKeyset(h).orElseThrow(() -> new IllegalStateException("the signing keyset is missing"));
        final KeysetHandle keyset = MetaKeysets.load(h, sealer, KEYSET).orElseThrow();
        final Map<String, Long> created = createTimes(h);
        if (recordMissing) {
            boolean missing = false;
            for (int i = 0; i < keyset.size(); i++) {
                missing |= created.putIfAbsent(Integer.toString(keyset.getAt(i).getId()), clock.millis()) == null;
            }
            if (missing) {
                writeCreateTimes(h, created, keyset);
            }
        }
        try {
            final KeysetHandle publicKeys = keyset.getPublicKeysetHandle();
            final List<KeyInfo> keys = new ArrayList<>();
            for (int i = publicKeys.size() - 1; i >= 0; i--) {
                final KeysetHandle.Entry e = publicKeys.getAt(i);
                final String kid = ((JwtEcdsaPublicKey) e.getKey()).getKid().orElseThrow();
                keys.add(new KeyInfo(kid, e.getId(), e.isPrimary(),
                                     Instant.ofEpochMilli(created.getOrDefault(Integer.toString(e.getId()), 0L))));
            }
            return new Snapshot(sealed, keyset.getPrimitive(RegistryConfiguration.get(), JwtPublicKeySign.class),
                                publicKeys.getPrimitive(RegistryConfiguration.get(), JwtPublicKeyVerify.class),
                                JwkSetConverter.fromPublicKeysetHandle(publicKeys), List.copyOf(keys));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot use the signing keyset", e);
        }
    }

    private static Optional<String> sealedKeyset(Handle h) {
        return h.createQuery("SELECT value FROM meta WHERE key = :key")
                .bind("key", MetaKeysets.PREFIX + KEYSET).mapTo(String.class).findOne();
    }

    private static Map<String, Long> createTimes(Handle h) {
        final Optional<String> json = h.createQuery("SELECT value FROM meta WHERE key = :key")
                                       .bind("key", CREATED).mapTo(String.class).findOne();
        if (json.isEmpty()) {
            return new HashMap<>();
        }
        try {
            return new HashMap<>(JSON.readValue(json.get(), CREATE_TIMES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("meta '" + CREATED + "' is not a JSON object of times");
        }
    }

    /** Stores the create times of the keys still in {@code keyset}. */
    private static void writeCreateTimes(Handle h, Map<String, Long> created, KeysetHandle keyset) {
        final Map<String, Long> kept = new HashMap<>();
        for (int i = 0; i < keyset.size(); i++) {
            final String id = Integer.toString(keyset.getAt(i).getId());
            kept.put(id, created.get(id));
        }
        final String json;
        try {
            json = JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        final int updated = h.createUpdate("UPDATE meta SET value = :value WHERE key = :key")
                             .bind("key", CREATED).bind("value", json).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO meta (key, value) VALUES (:key, :value)")
             .bind("key", CREATED).bind("value", json).execute();
        }
    }

    @Override
    public void close() {
        reloader.cancel(false);
    }
}
