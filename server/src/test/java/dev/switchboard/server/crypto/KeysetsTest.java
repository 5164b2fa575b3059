package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysetsTest {
    private static final byte[] AD = "provider-id".getBytes(UTF_8);

    @TempDir
    Path dataDir;

    @Test
    void createsAnOwnerOnlyAes256GcmKeysetInTheDataDirectory() throws Exception {
        Keysets.load(dataDir, null, true);

        final Path file = dataDir.resolve("keyset.json");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        final KeysetHandle handle =
                TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        assertThat(handle.size()).isEqualTo(1);
        assertThat(handle.getPrimary().getKey().getParameters()).isInstanceOfSatisfying(
                AesGcmParameters.class, parameters -> assertThat(parameters.getKeySizeBytes()).isEqualTo(32));
        // No temporary file left behind.
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void reusesTheKeysetOnTheNextLoad() throws Exception {
        final byte[] sealed = Keysets.load(dataDir, null, true).seal("v".getBytes(UTF_8), AD);
        final byte[] before = Files.readAllBytes(dataDir.resolve("keyset.json"));

        final Sealer again = Keysets.load(dataDir, null, true);

        assertThat(again.open(sealed, AD)).isEqualTo("v".getBytes(UTF_8));
        assertThat(Files.readAllBytes(dataDir.resolve("keyset.json"))).isEqualTo(before);
    }

    @Test
    void usesAnExplicitKeysetPathInsteadOfTheDataDirectory(@TempDir Path secrets) throws Exception {
        final Path explicit = secrets.resolve("switchboard-keyset.json");
        final byte[] sealed = Keysets.load(dataDir, explicit, true).seal("v".getBytes(UTF_8), AD);

        assertThat(explicit).exists();
        assertThat(Files.getPosixFilePermissions(explicit)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(dataDir.resolve("keyset.json")).doesNotExist();
        // Another data directory pointed at the same keyset opens what the first sealed.
        assertThat(Keysets.load(secrets.resolve("elsewhere"), explicit, false).open(sealed, AD))
                .isEqualTo("v".getBytes(UTF_8));
    }

    @Test
    void refusesToCreateWhenNotAllowed() throws Exception {
        assertThatThrownBy(() -> Keysets.load(dataDir, null, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("keyset not found at " + dataDir.resolve("keyset.json").toAbsolutePath());
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void rejectsAFileThatIsNotATinkKeysetWithoutQuotingIt() throws Exception {
        final Path file = dataDir.resolve("keyset.json");
        Files.writeString(file, "{\"primaryKeyId\": 1, \"key\": [{\"keyData\": \"SECRET-ish-bytes\"");

        assertThatThrownBy(() -> Keysets.load(dataDir, null, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("keyset at " + file.toAbsolutePath() + " is not a Tink JSON AEAD keyset")
                .hasNoCause();
        assertThat(Files.readString(file)).contains("SECRET-ish-bytes");
    }
}
