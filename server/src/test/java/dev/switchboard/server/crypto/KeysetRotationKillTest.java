package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;

import com.google.crypto.tink.KeyStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.switchboard.server.provider.ProviderStore;
import dev.switchboard.server.provider.StoredProvider;
import dev.switchboard.server.storage.Storage;

/**
 * {@code kill -9} of a process in the middle of a keyset rotation: the data directory it leaves
 * opens with every secret readable, and the next start finishes the rotation.
 */
class KeysetRotationKillTest {
    private static final int PROVIDERS = 5;
    private static final String CLIENT_KEY = "sb-client-key-kill-test-0123456789";

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "killed at {0} #{1}")
    @CsvSource({
            "RESEAL_STARTING, 1",
            "BATCH_RESEALED, 3",
            "ALL_RESEALED, 1",
    })
    void aKilledRotationLeavesEverySecretReadable(String point, int nth) throws Exception {
        final String hashBefore;
        final int oldKey;
        try (Storage storage = Storage.open(dataDir, null)) {
            final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
            for (int i = 0; i < PROVIDERS; i++) {
                store.create(spec("p" + i), Secret.of("sk-kill-key-" + i), Map.of("x-org", Secret.of("org-" + i)));
            }
            hashBefore = KeyedHash.open(storage.jdbi(), storage.sealer()).hash(CLIENT_KEY);
            oldKey = storage.sealer().keyset().getPrimary().getId();
        }

        final Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KeysetRotationChild.class.getName(), dataDir.toString(), point, String.valueOf(nth))
                .redirectErrorStream(true)
                .start();
        try {
            awaitLine(child, KeysetRotationChild.STOPPED);
        } finally {
            // SIGKILL: no shutdown hook, no close, no checkpoint of the WAL.
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        try (Storage storage = Storage.open(dataDir, null)) {
            final int newKey = storage.sealer().keyset().getPrimary().getId();
            assertThat(newKey).isNotEqualTo(oldKey);
            final List<String> sealed = storage.jdbi().withHandle(h -> h.createQuery(
                    "SELECT api_key_sealed FROM providers UNION ALL SELECT secret_headers_sealed FROM providers "
                    + "UNION ALL SELECT value FROM meta WHERE key = 'canary' OR key LIKE 'keyset:%'")
                    .mapTo(String.class).list());
            final long underNew = sealed.stream()
                                        .filter(v -> KeysetRotation.keyIdOf(v) == Integer.toUnsignedLong(newKey))
                                        .count();
            // Killed before any, after three batches of two, or after every value was re-sealed.
            assertThat(underNew).isEqualTo(switch (point) {
                case "RESEAL_STARTING" -> 0L;
                case "BATCH_RESEALED" -> 2L * nth;
                default -> (long) sealed.size();
            });
            assertEverySecretOpens(storage, hashBefore);
            final List<SealedColumn> columns = new ArrayList<>(List.of(Storage.SEALED_CANARY, MetaKeysets.SEALED));
            columns.addAll(ProviderStore.SEALED);
            try (KeysetRotation resumed = new KeysetRotation(storage.jdbi(), storage.sealer(),
                                                             storage.keysetFile(), columns)) {
                resumed.resumeIfNeeded();
                final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while ("resealing".equals(resumed.status().getRotation()) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(resumed.status().getRotation()).isEqualTo("idle");
            }
            assertThat(storage.sealer().keyset().size()).isEqualTo(2);
            assertThat(storage.sealer().keyset().getAt(0).getStatus()).isEqualTo(KeyStatus.DISABLED);
            assertEverySecretOpens(storage, hashBefore);
        }
        try (Storage storage = Storage.open(dataDir, null)) {
            assertEverySecretOpens(storage, hashBefore);
        }
    }

    private static void awaitLine(Process child, String expected) throws Exception {
        final BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8));
        final StringBuilder seen = new StringBuilder();
        final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains(expected)) {
                return;
            }
            seen.append(line).append('\n');
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new AssertionError("the child never reached its checkpoint; it printed:\n" + seen);
    }

    private static void assertEverySecretOpens(Storage storage, String hashBefore) {
        final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
        for (int i = 0; i < PROVIDERS; i++) {
            final StoredProvider p = store.find("p" + i).orElseThrow();
            assertThat(store.apiKey(p).reveal()).isEqualTo("sk-kill-key-" + i);
            assertThat(store.secretHeaders(p).get("x-org").reveal()).isEqualTo("org-" + i);
        }
        assertThat(KeyedHash.open(storage.jdbi(), storage.sealer()).hash(CLIENT_KEY)).isEqualTo(hashBefore);
    }

    private static StoredProvider spec(String name) {
        return StoredProvider.unsaved(name, "openai", "openai", "https://api.openai.com/v1", Map.of(),
                                      Duration.ofSeconds(120), true, Duration.ofSeconds(10), Duration.ZERO,
                                      Duration.ofSeconds(60));
    }
}
