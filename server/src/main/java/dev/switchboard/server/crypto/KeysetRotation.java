package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.KeysetStatus;

/**
 * Rotates the master keyset: a new primary key, every sealed value re-sealed under it in the
 * background, then the old keys disabled once nothing is sealed under them. Every step leaves the
 * data directory readable if the process dies there: the keyset file gains the new key (written
 * atomically) before anything is sealed with it, the old keys stay enabled until a scan finds no
 * value under them, and a start with more than one enabled key finishes the job
 * ({@link #resumeIfNeeded}). Requests never fail meanwhile: the keyset opens values under each of
 * its enabled keys.
 */
public final class KeysetRotation implements AutoCloseable {
    static final int DEFAULT_BATCH_SIZE = 100;
    /** Rescans after the last batch; more than a couple means something keeps writing old values. */
    private static final int MAX_PASSES = 10;
    /** Tink's TINK output prefix: one version byte, then the key id, big-endian. */
    private static final byte TINK_PREFIX = 0x01;
    private static final int PREFIX_SIZE = 5;
    private static final long UNKNOWN_KEY = -1;

    private static final Logger logger = LoggerFactory.getLogger(KeysetRotation.class);

    /** Where a rotation has got to; tests stop it there to stand for a crash. */
    enum Checkpoint { RESEAL_STARTING, BATCH_RESEALED, ALL_RESEALED, OLD_KEYS_DISABLED }

    /** Called at each {@link Checkpoint}; throwing stops the rotation on the spot. */
    @FunctionalInterface
    interface Checkpoints {
        Checkpoints NONE = point -> {};

        void reached(Checkpoint point);
    }

    private enum State {
        IDLE("idle"), RESEALING("resealing"), FAILED("failed");

        final String wire;

        State(String wire) {
            this.wire = wire;
        }
    }

    private record Stored(SealedColumn column, String row, String sealed, String context) {
        String associatedData() {
            return column.associatedData().apply(row, context);
        }
    }

    private final Jdbi jdbi;
    private final Sealer sealer;
    private final Path keysetFile;
    private final List<SealedColumn> columns;
    private final int batchSize;
    private final Checkpoints checkpoints;
    private final ExecutorService executor;

    private volatile State state = State.IDLE;
    private volatile long resealed;
    private volatile long remaining;
    private volatile String error = "";
    private volatile boolean closed;

    /**
     * A rotation of {@code sealer}'s keyset, kept in {@code keysetFile}, over every sealed value in
     * {@code columns}. Re-seals on a thread of its own, never the caller's.
     */
    public KeysetRotation(Jdbi jdbi, Sealer sealer, Path keysetFile, List<SealedColumn> columns) {
        this(jdbi, sealer, keysetFile, columns, DEFAULT_BATCH_SIZE, Checkpoints.NONE);
    }

    KeysetRotation(Jdbi jdbi, Sealer sealer, Path keysetFile, List<SealedColumn> columns, int batchSize,
                   Checkpoints checkpoints) {
        this.jdbi = requireNonNull(jdbi, "jdbi");
        this.sealer = requireNonNull(sealer, "sealer");
        this.keysetFile = requireNonNull(keysetFile, "keysetFile").toAbsolutePath();
        this.columns = List.copyOf(columns);
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize: " + batchSize + " (expected: > 0)");
        }
        this.batchSize = batchSize;
        this.checkpoints = requireNonNull(checkpoints, "checkpoints");
        executor = Executors.newSingleThreadExecutor(r -> {
            final Thread t = new Thread(r, "keyset-rotation");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Finishes a rotation an earlier process left unfinished (the keyset has more than one enabled
     * key), in the background. Nothing to do otherwise.
     */
    public synchronized void resumeIfNeeded() {
        if (state != State.RESEALING && enabledKeys(sealer.keyset()) > 1) {
            logger.info("the keyset has {} enabled keys: finishing the re-seal under key {}",
                        enabledKeys(sealer.keyset()), Integer.toUnsignedString(sealer.keyset().getPrimary().getId()));
            launch();
        }
    }

    /**
     * Adds a new primary key, writes the keyset file and re-seals in the background. Returns at once.
     *
     * @throws GatewayException {@code FAILED_PRECONDITION} while a rotation runs; {@code INTERNAL} if
     *         the keyset file cannot be written (then nothing changed)
     */
    public synchronized KeysetStatus start() {
        if (closed) {
            throw new GatewayException(ErrorKind.INTERNAL, "the gateway is shutting down");
        }
        if (state == State.RESEALING) {
            throw new GatewayException(ErrorKind.AMBIGUOUS, "rotation_running",
                                       "a keyset rotation is already running; see GetKeysetStatus");
        }
        final KeysetHandle next;
        try {
            final KeysetHandle.Builder builder = KeysetHandle.newBuilder(sealer.keyset());
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                         .withRandomId()
                                         .makePrimary());
            next = builder.build();
            // On disk before anything is sealed with it: a value under a key the file lacks is lost.
            Keysets.replace(keysetFile, next);
        } catch (GeneralSecurityException e) {
            // No cause: Tink's message may quote the keyset.
            throw new GatewayException(ErrorKind.INTERNAL, "cannot add a key to the keyset");
        } catch (IOException e) {
            throw new GatewayException(ErrorKind.INTERNAL, "cannot write the keyset file " + keysetFile + ": " + e);
        }
        sealer.use(next);
        logger.info("added key {} to the keyset at {} as primary; re-sealing every stored secret",
                    Integer.toUnsignedString(next.getPrimary().getId()), keysetFile);
        resealed = 0;
        launch();
        return status();
    }

    /** The keyset's keys and how far the current or last rotation got. */
    public KeysetStatus status() {
        final KeysetHandle keyset = sealer.keyset();
        final KeysetStatus.Builder b = KeysetStatus.newBuilder()
                                                   .setPrimaryKeyId(keyset.getPrimary().getId())
                                                   .setRotation(state.wire)
                                                   .setResealed(resealed)
                                                   .setRemaining(remaining)
                                                   .setError(error);
        for (int i = 0; i < keyset.size(); i++) {
            b.addKeyIds(keyset.getAt(i).getId());
        }
        return b.build();
    }

    /** Stops after the current batch; the next start resumes. */
    @Override
    public void close() {
        closed = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void launch() {
        state = State.RESEALING;
        error = "";
        remaining = 0;
        executor.execute(this::run);
    }

    private void run() {
        try {
            checkpoints.reached(Checkpoint.RESEAL_STARTING);
            final List<String> unopenable = reseal();
            if (closed) {
                return;
            }
            checkpoints.reached(Checkpoint.ALL_RESEALED);
            disableUnusedKeys();
            checkpoints.reached(Checkpoint.OLD_KEYS_DISABLED);
            if (unopenable.isEmpty()) {
                finish(State.IDLE, "");
                logger.info("keyset rotation done: every secret is sealed under key {}",
                            Integer.toUnsignedString(sealer.keyset().getPrimary().getId()));
            } else {
                finish(State.FAILED, unopenable.size() + " sealed value(s) cannot be opened, so the keys that "
                                     + "sealed them stay enabled: " + String.join(", ", unopenable));
                logger.warn("keyset rotation left keys enabled: {}", error);
            }
        } catch (RuntimeException | Error e) {
            finish(State.FAILED, "keyset rotation stopped: " + e.getMessage());
            logger.warn("keyset rotation stopped; it resumes at the next start or rotation: {}", e.toString());
        }
    }

    private synchronized void finish(State end, String why) {
        error = why;
        state = end;
    }

    /** Re-seals every value not under the primary key; returns what could not be opened. */
    private List<String> reseal() {
        final Set<String> unopenable = new HashSet<>();
        for (int pass = 0; pass < MAX_PASSES && !closed; pass++) {
            final long primary = Integer.toUnsignedLong(sealer.keyset().getPrimary().getId());
            final List<Stored> pending = new ArrayList<>();
            for (Stored s : jdbi.withHandle(this::scan)) {
                if (keyIdOf(s.sealed()) != primary && !unopenable.contains(describe(s))) {
                    pending.add(s);
                }
            }
            remaining = pending.size();
            if (pending.isEmpty()) {
                break;
            }
            for (int from = 0; from < pending.size() && !closed; from += batchSize) {
                final List<Stored> batch = pending.subList(from, Math.min(pending.size(), from + batchSize));
                final int done = jdbi.inTransaction(h -> {
                    int n = 0;
                    for (Stored s : batch) {
                        n += resealOne(h, s, unopenable);
                    }
                    return n;
                });
                resealed += done;
                remaining = Math.max(0, pending.size() - from - batch.size());
                checkpoints.reached(Checkpoint.BATCH_RESEALED);
            }
        }
        return unopenable.stream().sorted().toList();
    }

    private int resealOne(Handle h, Stored s, Set<String> unopenable) {
        final byte[] plaintext;
        final byte[] ad = s.associatedData().getBytes(UTF_8);
        try {
            plaintext = sealer.open(Base64.getDecoder().decode(s.sealed()), ad);
        } catch (IllegalStateException | IllegalArgumentException e) {
            unopenable.add(describe(s));
            return 0;
        }
        final String again = Base64.getEncoder().encodeToString(sealer.seal(plaintext, ad));
        // Changed since the scan (a concurrent update sealed it anew): left for the next pass.
        return h.createUpdate(s.column().updateSql())
                .bind("row", s.row())
                .bind("sealed", again)
                .bind("old", s.sealed())
                .execute();
    }

    /** Disables every enabled key but the primary that no stored value is sealed under. */
    private synchronized void disableUnusedKeys() {
        final Set<Long> used = new HashSet<>();
        for (Stored s : jdbi.withHandle(this::scan)) {
            used.add(keyIdOf(s.sealed()));
        }
        if (used.contains(UNKNOWN_KEY)) {
            logger.warn("a sealed value carries no key id; every key stays enabled");
            return;
        }
        final KeysetHandle current = sealer.keyset();
        final KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
        final List<String> disabled = new ArrayList<>();
        for (int i = 0; i < builder.size(); i++) {
            // The builder keeps the handle's order; only the handle's entries tell their ids.
            final KeysetHandle.Entry key = current.getAt(i);
            if (!key.isPrimary() && key.getStatus() == KeyStatus.ENABLED
                && !used.contains(Integer.toUnsignedLong(key.getId()))) {
                builder.getAt(i).setStatus(KeyStatus.DISABLED);
                disabled.add(Integer.toUnsignedString(key.getId()));
            }
        }
        if (disabled.isEmpty()) {
            return;
        }
        final KeysetHandle next;
        try {
            next = builder.build();
            Keysets.replace(keysetFile, next);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot disable the old keys");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the keyset file " + keysetFile + ": " + e);
        }
        sealer.use(next);
        logger.info("disabled key(s) {} in the keyset at {}: nothing is sealed under them", disabled, keysetFile);
    }

    private List<Stored> scan(Handle h) {
        final List<Stored> out = new ArrayList<>();
        for (SealedColumn column : columns) {
            out.addAll(h.createQuery(column.selectSql())
                        .map((rs, ctx) -> new Stored(column, rs.getString("row_key"), rs.getString("sealed"),
                                                     rs.getString("context")))
                        .list());
        }
        return out;
    }

    private static String describe(Stored s) {
        return s.column().label() + " of " + s.row();
    }

    /** The id of the key that sealed {@code sealed} (base64), read from its prefix; -1 if it has none. */
    static long keyIdOf(String sealed) {
        final byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            return UNKNOWN_KEY;
        }
        if (bytes.length < PREFIX_SIZE || bytes[0] != TINK_PREFIX) {
            return UNKNOWN_KEY;
        }
        return Integer.toUnsignedLong(ByteBuffer.wrap(bytes, 1, 4).getInt());
    }

    private static long enabledKeys(KeysetHandle keyset) {
        long n = 0;
        for (int i = 0; i < keyset.size(); i++) {
            if (keyset.getAt(i).getStatus() == KeyStatus.ENABLED) {
                n++;
            }
        }
        return n;
    }
}
