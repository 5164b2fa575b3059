package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealerTest {
    private static final byte[] PLAINTEXT = "sk-live-0123456789".getBytes(UTF_8);
    private static final byte[] PROVIDER_A = "7c1e0c52-provider-a".getBytes(UTF_8);
    private static final byte[] PROVIDER_B = "0f4d9a11-provider-b".getBytes(UTF_8);

    @TempDir
    Path dataDir;

    private Sealer sealer;

    @BeforeEach
    void createKeyset() {
        sealer = Keysets.load(dataDir, null, true);
    }

    @Test
    void opensWhatItSealed() {
        final byte[] sealed = sealer.seal(PLAINTEXT, PROVIDER_A);
        assertThat(new String(sealed, UTF_8)).doesNotContain("sk-live");
        assertThat(sealer.open(sealed, PROVIDER_A)).isEqualTo(PLAINTEXT);
    }

    @Test
    void sealsTheSameValueDifferentlyEachTime() {
        assertThat(sealer.seal(PLAINTEXT, PROVIDER_A)).isNotEqualTo(sealer.seal(PLAINTEXT, PROVIDER_A));
    }

    @Test
    void ciphertextSealedForOneProviderDoesNotOpenForAnother() {
        final byte[] sealedForA = sealer.seal(PLAINTEXT, PROVIDER_A);
        assertThatThrownBy(() -> sealer.open(sealedForA, PROVIDER_B))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot open a sealed value")
                .hasMessageNotContaining("sk-live")
                .hasNoCause();
    }

    @Test
    void wrongAssociatedDataFails() {
        final byte[] sealed = sealer.seal(PLAINTEXT, PROVIDER_A);
        assertThatThrownBy(() -> sealer.open(sealed, new byte[0])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void alteredCiphertextFails() {
        final byte[] sealed = sealer.seal(PLAINTEXT, PROVIDER_A);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> sealer.open(sealed, PROVIDER_A)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeysetCannotOpen(@TempDir Path otherDir) {
        final Sealer other = Keysets.load(otherDir, null, true);
        final byte[] sealed = sealer.seal(PLAINTEXT, PROVIDER_A);
        assertThatThrownBy(() -> other.open(sealed, PROVIDER_A)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealsTextAsBase64() {
        final String sealed = sealer.sealText("hdr-secret-value", "id-1:headers");
        assertThat(sealed).matches("[A-Za-z0-9+/]+=*").doesNotContain("hdr-secret");
        assertThat(sealer.openText(sealed, "id-1:headers")).isEqualTo("hdr-secret-value");
        assertThatThrownBy(() -> sealer.openText(sealed, "id-2:headers"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.openText("not base64!", "id-1:headers"))
                .isInstanceOf(IllegalStateException.class);
    }
}
