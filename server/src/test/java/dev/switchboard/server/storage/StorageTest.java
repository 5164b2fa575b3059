package dev.switchboard.server.storage;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.switchboard.server.crypto.Keysets;
import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.provider.ProviderStore;
import dev.switchboard.server.provider.StoredProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTest {
    private static final String KEY = "sk-test-PLAINTEXT-canary-9f8e7d";
    private static final String SECRET_HEADER = "hdr-secret-5a4b3c";
    private static final String VISIBLE_HEADER = "hdr-visible-1d2e3f";

    @TempDir
    Path tmp;

    @Test
    void createsAnOwnerOnlyDataDirectoryWithDatabaseAndKeyset() throws Exception {
        final Path dataDir = tmp.resolve("var/switchboard");
        try (Storage ignored = Storage.open(dataDir, null)) {
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(dataDir.resolve("switchboard.db")).isRegularFile();
            assertThat(dataDir.resolve("keyset.json")).isRegularFile();
        }
    }

    @Test
    void keepsTheDatabaseFileNameLiteralForPathsThatNeedEscaping() throws Exception {
        final Path dataDir = tmp.resolve("data dir #1 100%");
        try (Storage storage = Storage.open(dataDir, null)) {
            provider(storage, "openai");
        }
        assertThat(dataDir.resolve("switchboard.db")).isRegularFile();
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(dataDir);
        }
    }

    @Test
    void opensSqliteInWalModeWithForeignKeysAndABusyTimeout() {
        try (Storage storage = Storage.open(tmp, null)) {
            assertThat(pragma(storage, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(storage, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(storage, "busy_timeout")).isEqualTo("5000");
            assertThat(pragma(storage, "synchronous")).isEqualTo("1");
        }
    }

    @Test
    void providersAndTheirKeysSurviveARestart() {
        final StoredProvider created;
        try (Storage storage = Storage.open(tmp, null)) {
            created = provider(storage, "openai");
        }
        try (Storage storage = Storage.open(tmp, null)) {
            final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
            final StoredProvider found = store.find("openai").orElseThrow();
            assertThat(found).isEqualTo(created);
            assertThat(store.apiKey(found).reveal()).isEqualTo(KEY);
            assertThat(store.secretHeaders(found).get("X-Secret").reveal()).isEqualTo(SECRET_HEADER);
        }
    }

    @Test
    void honoursAnExplicitKeysetPath() throws Exception {
        final Path keyset = tmp.resolve("secrets/keyset.json");
        Files.createDirectories(keyset.getParent());
        final Path dataDir = tmp.resolve("data");
        try (Storage storage = Storage.open(dataDir, keyset)) {
            provider(storage, "openai");
        }
        assertThat(keyset).isRegularFile();
        assertThat(dataDir.resolve("keyset.json")).doesNotExist();
        try (Storage storage = Storage.open(dataDir, keyset)) {
            final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
            assertThat(store.apiKey(store.find("openai").orElseThrow()))
                    .isEqualTo(Secret.of(KEY));
        }
    }

    @Test
    void aWrongKeysetStopsStartUpAndTouchesNothing() throws Exception {
        final Path dataDir = tmp.resolve("data");
        try (Storage storage = Storage.open(dataDir, null)) {
            provider(storage, "openai");
        }
        final Path otherKeyset = tmp.resolve("other/keyset.json");
        Keysets.load(Files.createDirectories(otherKeyset.getParent()), null, true);
        final Map<String, String> before = snapshot(dataDir);
        final byte[] otherKeysetBytes = Files.readAllBytes(otherKeyset);

        assertThatThrownBy(() -> Storage.open(dataDir, otherKeyset))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("keyset at " + otherKeyset + " does not match the database at "
                                        + dataDir.resolve("switchboard.db"));

        assertThat(snapshot(dataDir)).isEqualTo(before);
        assertThat(Files.readAllBytes(otherKeyset)).isEqualTo(otherKeysetBytes);
        // The right keyset still opens everything.
        try (Storage storage = Storage.open(dataDir, null)) {
            assertThat(new ProviderStore(storage.jdbi(), storage.sealer()).find("openai")).isPresent();
        }
    }

    @Test
    void aWrongKeysetIsDetectedWhileTheDatabaseIsOpenElsewhere() throws Exception {
        final Path dataDir = tmp.resolve("data");
        final Path otherKeyset = tmp.resolve("other/keyset.json");
        Keysets.load(Files.createDirectories(otherKeyset.getParent()), null, true);
        try (Storage running = Storage.open(dataDir, null)) {
            provider(running, "openai");
            // The committed rows are in the -wal file now; the check must read through it.
            assertThat(dataDir.resolve("switchboard.db-wal")).exists();
            final Map<String, String> before = snapshot(dataDir);

            assertThatThrownBy(() -> Storage.open(dataDir, otherKeyset))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("does not match the database");

            final Map<String, String> after = snapshot(dataDir);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            // The -shm file is a shared-memory index that readers update; the data files are not.
            assertThat(after.get("switchboard.db")).isEqualTo(before.get("switchboard.db"));
            assertThat(after.get("switchboard.db-wal")).isEqualTo(before.get("switchboard.db-wal"));
            assertThat(new ProviderStore(running.jdbi(), running.sealer()).find("openai")).isPresent();
        }
    }

    @Test
    void readsTheCanaryThroughTheWalWhenItIsNotInTheMainFileYet() throws Exception {
        final Path dataDir = tmp.resolve("data");
        try (Storage running = Storage.open(dataDir, tmp.resolve("keyset-a.json"))) {
            // As after a crash right after the first start: the canary is only in the -wal file.
            running.jdbi().useHandle(handle -> {
                final String canary = handle.createQuery("SELECT value FROM meta WHERE key = 'canary'")
                                            .mapTo(String.class).one();
                handle.execute("DELETE FROM meta");
                handle.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().one();
                handle.createUpdate("INSERT INTO meta (key, value) VALUES ('canary', :canary)")
                      .bind("canary", canary).execute();
            });
            final Map<String, String> before = snapshot(dataDir);

            assertThatThrownBy(() -> Storage.open(dataDir, null))
                    .isInstanceOf(StartupException.class)
                    .hasMessageStartingWith("keyset not found at " + dataDir.resolve("keyset.json"));

            final Map<String, String> after = snapshot(dataDir);
            assertThat(after.keySet()).isEqualTo(before.keySet()).doesNotContain("keyset.json");
            assertThat(after.get("switchboard.db")).isEqualTo(before.get("switchboard.db"));
            assertThat(after.get("switchboard.db-wal")).isEqualTo(before.get("switchboard.db-wal"));
        }
    }

    @Test
    void aMissingKeysetStopsStartUpAndCreatesNothing() throws Exception {
        final Path dataDir = tmp.resolve("data");
        try (Storage storage = Storage.open(dataDir, null)) {
            provider(storage, "openai");
        }
        Files.delete(dataDir.resolve("keyset.json"));
        final Map<String, String> before = snapshot(dataDir);

        assertThatThrownBy(() -> Storage.open(dataDir, null))
                .isInstanceOf(StartupException.class)
                .hasMessage("keyset not found at " + dataDir.resolve("keyset.json") + ": the database at "
                            + dataDir.resolve("switchboard.db") + " was sealed with a keyset that is not here; "
                            + "restore keyset.json or set SWITCHBOARD_KEYSET to its path");

        assertThat(snapshot(dataDir)).isEqualTo(before).doesNotContainKey("keyset.json");
    }

    @Test
    void aMissingExplicitKeysetIsNotCreatedForAnExistingDatabase() throws Exception {
        final Path dataDir = tmp.resolve("data");
        try (Storage storage = Storage.open(dataDir, tmp.resolve("keyset-a.json"))) {
            provider(storage, "openai");
        }
        final Path typo = tmp.resolve("keyset-b.json");

        assertThatThrownBy(() -> Storage.open(dataDir, typo))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("keyset not found at " + typo);

        assertThat(typo).doesNotExist();
        assertThat(dataDir.resolve("keyset.json")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseStopsStartUpBeforeAKeysetIsCreated() throws Exception {
        final Path dataDir = tmp.resolve("data");
        Files.createDirectories(dataDir);
        Files.write(dataDir.resolve("switchboard.db"), "not a database, just text, long enough".repeat(50).getBytes(UTF_8));
        final Map<String, String> before = snapshot(dataDir);

        assertThatThrownBy(() -> Storage.open(dataDir, null))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("cannot read the database at " + dataDir.resolve("switchboard.db"));

        assertThat(snapshot(dataDir)).isEqualTo(before);
    }

    @Test
    void anEmptyDatabaseFileIsTreatedAsANewDatabase() throws Exception {
        Files.createFile(tmp.resolve("switchboard.db"));
        try (Storage storage = Storage.open(tmp, null)) {
            final StoredProvider created = provider(storage, "openai");
            assertThat(new ProviderStore(storage.jdbi(), storage.sealer()).apiKey(created).reveal()).isEqualTo(KEY);
        }
    }

    @Test
    void secretsNeverReachTheDatabaseFilesInPlainText() throws Exception {
        try (Storage storage = Storage.open(tmp, null)) {
            final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
            provider(storage, "openai");
            store.create(spec("anthropic"), Secret.of(KEY + "-2"), Map.of("X-Secret", Secret.of(SECRET_HEADER)));
            store.update("openai", spec -> spec.withBaseUrl("https://example.test/v2"), null, null, true);
            store.rotateKey("anthropic", Secret.of(KEY + "-3"));
            // While open, the rows live in the -wal file.
            assertSecretsAbsentButVisibleHeaderPresent();
        }
        assertSecretsAbsentButVisibleHeaderPresent();
    }

    private void assertSecretsAbsentButVisibleHeaderPresent() throws IOException {
        final List<Path> files = databaseFiles();
        assertThat(files).isNotEmpty();
        final StringBuilder all = new StringBuilder();
        for (Path file : files) {
            final byte[] bytes = Files.readAllBytes(file);
            for (Charset charset : List.of(UTF_8, UTF_16LE, UTF_16BE)) {
                for (String secret : List.of(KEY, SECRET_HEADER)) {
                    assertThat(indexOf(bytes, secret.getBytes(charset)))
                            .as("%s in %s (%s)", secret, file.getFileName(), charset).isEqualTo(-1);
                }
            }
            all.append(new String(bytes, UTF_8));
        }
        // The scan can see what is stored: the non-secret header is found.
        assertThat(all).contains(VISIBLE_HEADER);
    }

    private List<Path> databaseFiles() {
        return List.of("switchboard.db", "switchboard.db-wal", "switchboard.db-shm").stream()
                   .map(tmp::resolve)
                   .filter(Files::exists)
                   .toList();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static StoredProvider provider(Storage storage, String name) {
        return new ProviderStore(storage.jdbi(), storage.sealer())
                .create(spec(name), Secret.of(KEY), Map.of("X-Secret", Secret.of(SECRET_HEADER)));
    }

    private static StoredProvider spec(String name) {
        return StoredProvider.unsaved(name, "custom", "openai", "https://example.test/v1",
                                      Map.of("X-Visible", VISIBLE_HEADER), Duration.ofSeconds(30), true,
                                      Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(60));
    }

    private static String pragma(Storage storage, String name) {
        return storage.jdbi().withHandle(handle -> handle.createQuery("PRAGMA " + name).mapTo(String.class).one());
    }

    /** File name to SHA-256 of every file in {@code dir}. */
    private static Map<String, String> snapshot(Path dir) throws Exception {
        final Map<String, String> hashes = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                hashes.put(file.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }
}
