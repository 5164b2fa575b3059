package dev.switchboard.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

import dev.switchboard.server.provider.ProviderStore;
import dev.switchboard.server.provider.StoredProvider;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.KeysetStatus;
import io.grpc.Status;

class KeysetRotationTest {
    private static final int PROVIDERS = 7;
    /** A key and secret headers per provider, the canary and the MAC keyset. */
    private static final int SEALED_VALUES = 2 * PROVIDERS + 2;
    private static final int BATCH = 3;
    private static final String CLIENT_KEY = "sb-client-key-for-the-mac-0123456789";

    @TempDir
    Path dataDir;

    private final List<Storage> opened = new ArrayList<>();
    private final List<KeysetRotation> rotations = new ArrayList<>();
    private String hashBefore;

    @BeforeEach
    void storeSecrets() {
        final Storage storage = open();
        final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
        for (int i = 0; i < PROVIDERS; i++) {
            store.create(spec("p" + i), Secret.of("sk-provider-key-" + i),
                         Map.of("x-org", Secret.of("org-secret-" + i)));
        }
        hashBefore = KeyedHash.open(storage.jdbi(), storage.sealer()).hash(CLIENT_KEY);
    }

    @AfterEach
    void closeAll() {
        rotations.forEach(KeysetRotation::close);
        opened.forEach(Storage::close);
    }

    @Test
    void rotatesToANewPrimaryResealsEveryValueAndDisablesTheOldKey() throws Exception {
        final Storage storage = opened.get(0);
        final int oldKey = storage.sealer().keyset().getPrimary().getId();
        final KeysetRotation rotation = rotation(storage, KeysetRotation.Checkpoints.NONE);

        final KeysetStatus started = rotation.start();
        assertThat(started.getPrimaryKeyId()).isNotEqualTo(oldKey);
        assertThat(started.getKeyIdsList()).containsExactlyInAnyOrder(oldKey, started.getPrimaryKeyId());

        final KeysetStatus done = awaitEnd(rotation);
        assertThat(done.getRotation()).isEqualTo("idle");
        assertThat(done.getError()).isEmpty();
        assertThat(done.getResealed()).isEqualTo(SEALED_VALUES);
        assertThat(done.getRemaining()).isZero();
        assertThat(done.getPrimaryKeyId()).isEqualTo(started.getPrimaryKeyId());
        assertThat(keyIdsInUse(storage)).containsOnlyKeys((long) Integer.toUnsignedLong(done.getPrimaryKeyId()));

        final KeysetHandle onDisk = readKeysetFile();
        assertThat(onDisk.getPrimary().getId()).isEqualTo(done.getPrimaryKeyId());
        assertThat(statusOf(onDisk, oldKey)).isEqualTo(KeyStatus.DISABLED);
        assertThat(Files.getPosixFilePermissions(keysetFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertEverySecretOpens(storage);

        // And from disk: the database and the rewritten keyset still belong together.
        storage.close();
        opened.remove(storage);
        assertEverySecretOpens(open());
    }

    @Test
    void aSecondStartWhileOneRunsIsFailedPrecondition() throws Exception {
        final CountDownLatch release = new CountDownLatch(1);
        final KeysetRotation rotation = rotation(opened.get(0), point -> {
            if (point == KeysetRotation.Checkpoint.RESEAL_STARTING) {
                await(release);
            }
        });
        rotation.start();
        try {
            assertThat(rotation.status().getRotation()).isEqualTo("resealing");
            assertThatThrownBy(rotation::start)
                    .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.kind().grpcCode())
                            .isEqualTo(Status.Code.FAILED_PRECONDITION))
                    .hasMessage("a keyset rotation is already running; see GetKeysetStatus");
            assertThat(rotation.status().getKeyIdsCount()).isEqualTo(2);
        } finally {
            release.countDown();
        }
        assertThat(awaitEnd(rotation).getRotation()).isEqualTo("idle");
        // Once done, another rotation may start.
        rotation.start();
        assertThat(awaitEnd(rotation).getRotation()).isEqualTo("idle");
        assertThat(enabledKeys(readKeysetFile())).isEqualTo(1);
        assertEverySecretOpens(opened.get(0));
    }

    /**
     * A crash at each point of a rotation: the process stops there (its storage abandoned, never
     * closed), a new one opens the data directory, every secret opens, and the rotation finishes.
     */
    @ParameterizedTest(name = "crash at {0} #{1}")
    @CsvSource({
            "RESEAL_STARTING, 1",
            "BATCH_RESEALED, 1",
            "BATCH_RESEALED, 4",
            "ALL_RESEALED, 1",
            "OLD_KEYS_DISABLED, 1",
    })
    void aCrashAnywhereLeavesEverySecretReadableAndTheNextStartFinishes(KeysetRotation.Checkpoint point, int nth)
            throws Exception {
        final Storage first = opened.get(0);
        final int oldKey = first.sealer().keyset().getPrimary().getId();
        final AtomicInteger seen = new AtomicInteger();
        final KeysetRotation crashing = rotation(first, reached -> {
            if (reached == point && seen.incrementAndGet() == nth) {
                throw new IllegalStateException("simulated crash");
            }
        });
        final int newKey = crashing.start().getPrimaryKeyId();
        assertThat(awaitEnd(crashing).getError()).contains("simulated crash");
        if (point == KeysetRotation.Checkpoint.BATCH_RESEALED) {
            final Map<Long, Integer> mixed = keyIdsInUse(first);
            assertThat(mixed.get(Integer.toUnsignedLong(newKey))).isEqualTo(nth * BATCH);
            assertThat(mixed.get(Integer.toUnsignedLong(oldKey))).isEqualTo(SEALED_VALUES - nth * BATCH);
        }

        // The "next process": the first one's storage is left as it was, open.
        final Storage second = open();
        assertThat(second.sealer().keyset().getPrimary().getId()).isEqualTo(newKey);
        assertEverySecretOpens(second);
        final KeysetRotation resumed = rotation(second, KeysetRotation.Checkpoints.NONE);
        resumed.resumeIfNeeded();
        final KeysetStatus done = awaitEnd(resumed);
        assertThat(done.getRotation()).isEqualTo("idle");
        assertThat(done.getPrimaryKeyId()).isEqualTo(newKey);
        assertThat(keyIdsInUse(second)).containsOnlyKeys(Integer.toUnsignedLong(newKey));
        assertThat(statusOf(readKeysetFile(), oldKey)).isEqualTo(KeyStatus.DISABLED);
        assertEverySecretOpens(second);

        // Nothing left to resume on the start after.
        final Storage third = open();
        final KeysetRotation idle = rotation(third, KeysetRotation.Checkpoints.NONE);
        idle.resumeIfNeeded();
        assertThat(idle.status().getRotation()).isEqualTo("idle");
        assertEverySecretOpens(third);
    }

    @Test
    void aValueThatNoLongerOpensKeepsItsKeyEnabledAndFailsTheRotation() throws Exception {
        final Storage storage = opened.get(0);
        final int oldKey = storage.sealer().keyset().getPrimary().getId();
        final String id = new ProviderStore(storage.jdbi(), storage.sealer()).find("p3").orElseThrow().id();
        storage.jdbi().useHandle(h -> h.execute(
                "UPDATE providers SET base_url = 'https://collector.test/v1' WHERE name = 'p3'"));
        final KeysetRotation rotation = rotation(storage, KeysetRotation.Checkpoints.NONE);

        rotation.start();
        final KeysetStatus done = awaitEnd(rotation);

        assertThat(done.getRotation()).isEqualTo("failed");
        assertThat(done.getError())
                .isEqualTo("2 sealed value(s) cannot be opened, so the keys that sealed them stay enabled: "
                           + "providers.api_key_sealed of " + id + ", providers.secret_headers_sealed of " + id)
                .doesNotContain("sk-provider-key", "org-secret");
        assertThat(done.getResealed()).isEqualTo(SEALED_VALUES - 2);
        assertThat(statusOf(readKeysetFile(), oldKey)).isEqualTo(KeyStatus.ENABLED);
        // Put back, the row opens again, and the next rotation disables every key but its own.
        storage.jdbi().useHandle(h -> h.execute(
                "UPDATE providers SET base_url = 'https://api.openai.com/v1' WHERE name = 'p3'"));
        rotation.start();
        assertThat(awaitEnd(rotation).getRotation()).isEqualTo("idle");
        assertThat(enabledKeys(readKeysetFile())).isEqualTo(1);
        assertEverySecretOpens(storage);
    }

    @Test
    void readsTheKeyIdFromTinksPrefix() {
        final Sealer sealer = opened.get(0).sealer();
        final String sealed = sealer.sealText("v", "ad");
        assertThat(KeysetRotation.keyIdOf(sealed))
                .isEqualTo(Integer.toUnsignedLong(sealer.keyset().getPrimary().getId()));
        assertThat(KeysetRotation.keyIdOf("not base64!")).isEqualTo(-1);
        assertThat(KeysetRotation.keyIdOf("AAAA")).isEqualTo(-1);
    }

    private Storage open() {
        final Storage storage = Storage.open(dataDir, null);
        opened.add(storage);
        return storage;
    }

    private KeysetRotation rotation(Storage storage, KeysetRotation.Checkpoints checkpoints) {
        final List<SealedColumn> columns = new ArrayList<>(List.of(Storage.SEALED_CANARY, MetaKeysets.SEALED));
        columns.addAll(ProviderStore.SEALED);
        final KeysetRotation rotation = new KeysetRotation(storage.jdbi(), storage.sealer(), storage.keysetFile(),
                                                           columns, BATCH, checkpoints);
        rotations.add(rotation);
        return rotation;
    }

    private void assertEverySecretOpens(Storage storage) {
        final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
        for (int i = 0; i < PROVIDERS; i++) {
            final StoredProvider p = store.find("p" + i).orElseThrow();
            assertThat(store.apiKey(p).reveal()).isEqualTo("sk-provider-key-" + i);
            assertThat(store.secretHeaders(p).get("x-org").reveal()).isEqualTo("org-secret-" + i);
        }
        assertThat(KeyedHash.open(storage.jdbi(), storage.sealer()).hash(CLIENT_KEY)).isEqualTo(hashBefore);
    }

    /** How many stored sealed values each key id sealed. */
    private static Map<Long, Integer> keyIdsInUse(Storage storage) {
        final List<String> values = storage.jdbi().withHandle(h -> h.createQuery(
                "SELECT api_key_sealed FROM providers UNION ALL SELECT secret_headers_sealed FROM providers "
                + "UNION ALL SELECT value FROM meta WHERE key = 'canary' OR key LIKE 'keyset:%'")
                .mapTo(String.class).list());
        assertThat(values).hasSize(SEALED_VALUES);
        final Map<Long, Integer> out = new LinkedHashMap<>();
        values.forEach(v -> out.merge(KeysetRotation.keyIdOf(v), 1, Integer::sum));
        return out;
    }

    private static KeysetStatus awaitEnd(KeysetRotation rotation) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            final KeysetStatus status = rotation.status();
            if (!"resealing".equals(status.getRotation())) {
                return status;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the rotation did not end: " + rotation.status());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path keysetFile() {
        return dataDir.resolve("keyset.json");
    }

    private KeysetHandle readKeysetFile() throws Exception {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keysetFile()), InsecureSecretKeyAccess.get());
    }

    private static KeyStatus statusOf(KeysetHandle keyset, int id) {
        for (int i = 0; i < keyset.size(); i++) {
            if (keyset.getAt(i).getId() == id) {
                return keyset.getAt(i).getStatus();
            }
        }
        throw new AssertionError("no key " + id);
    }

    private static int enabledKeys(KeysetHandle keyset) {
        int n = 0;
        for (int i = 0; i < keyset.size(); i++) {
            if (keyset.getAt(i).getStatus() == KeyStatus.ENABLED) {
                n++;
            }
        }
        return n;
    }

    private static StoredProvider spec(String name) {
        return StoredProvider.unsaved(name, "openai", "openai", "https://api.openai.com/v1", Map.of(),
                                      Duration.ofSeconds(120), true, Duration.ofSeconds(10), Duration.ZERO,
                                      Duration.ofSeconds(60));
    }
}
