package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.server.storage.StartupException;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/** The data directory survives a restart, and a provider key is never readable outside the process. */
class RestartAndSecretsE2ETest {
    static final String KEY = "sk-live-PLAINTEXT-restart-canary-4e5f6a";
    static final String SECRET_HEADER = "hdr-PLAINTEXT-secret-7c8d9e";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dataDir;
    FakeUpstream upstream;
    ListAppender<ILoggingEvent> logs;
    Logger root;
    Level rootLevel;

    @BeforeEach
    void setUp() {
        upstream = new FakeUpstream(KEY);
        // Capture everything, at DEBUG, so a key logged anywhere would be seen.
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        upstream.close();
    }

    @Test
    void providerAndKeySurviveARestartAndThePlaintextIsNowhere() throws Exception {
        try (TestGateway gw = TestGateway.start(dataDir)) {
            final AggregatedHttpResponse created = gw.post("/admin/v1/providers",
                    "{\"name\":\"local\",\"preset\":\"custom\",\"base_url\":\"" + upstream.baseUrl()
                    + "\",\"api_key\":\"" + KEY + "\",\"secret_headers\":{\"X-Org-Token\":\"" + SECRET_HEADER + "\"}}");
            assertThat(created.status().code()).isEqualTo(200);
            assertThat(created.contentUtf8()).doesNotContain(KEY).doesNotContain(SECRET_HEADER);
            final JsonNode p = mapper.readTree(created.contentUtf8());
            assertThat(p.get("api_key_masked").asText()).isEqualTo("****" + KEY.substring(KEY.length() - 4));
            assertThat(p.at("/secret_headers_masked/x-org-token").asText()).isEqualTo("****8d9e");
            assertThat(p.has("api_key")).isFalse();
            chatWorks(gw);
        }
        try (TestGateway gw = TestGateway.start(dataDir)) {
            final JsonNode list = mapper.readTree(gw.get("/admin/v1/providers").contentUtf8());
            assertThat(list.get("providers")).hasSize(1);
            assertThat(list.at("/providers/0/name").asText()).isEqualTo("local");
            upstream.drain();
            chatWorks(gw);
            final FakeUpstream.Seen seen = upstream.take();
            assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + KEY);
            assertThat(seen.headers().get("x-org-token")).isEqualTo(SECRET_HEADER);
        }
        for (Path f : dataFiles()) {
            final byte[] bytes = Files.readAllBytes(f);
            for (String secret : List.of(KEY, SECRET_HEADER)) {
                assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8))).as(f + " holds " + secret).isEqualTo(-1);
                assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_16LE))).as(f + " (UTF-16)").isEqualTo(-1);
            }
        }
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent e : logs.list) {
            final String text = e.getFormattedMessage() + (e.getThrowableProxy() != null
                                                           ? e.getThrowableProxy().getMessage() : "");
            assertThat(text).doesNotContain(KEY).doesNotContain(SECRET_HEADER);
        }
    }

    @Test
    void aWrongKeysetStopsStartupAndTouchesNothing(@TempDir Path other) throws Exception {
        try (TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("local", upstream.baseUrl(), KEY);
        }
        // A keyset from another installation.
        TestGateway.start(other).close();
        final Path foreignKeyset = other.resolve("keyset.json");
        final String before = digest(dataFiles());

        assertThatThrownBy(() -> TestGateway.start(TestGateway.config(dataDir).withKeysetPath(foreignKeyset)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("keyset");
        assertThat(digest(dataFiles())).isEqualTo(before);

        Files.delete(dataDir.resolve("keyset.json"));
        final String withoutKeyset = digest(dataFiles());
        assertThatThrownBy(() -> TestGateway.start(dataDir)).isInstanceOf(StartupException.class)
                                                             .hasMessageContaining("keyset");
        assertThat(digest(dataFiles())).isEqualTo(withoutKeyset);
        assertThat(dataDir.resolve("keyset.json")).doesNotExist();
    }

    private void chatWorks(TestGateway gw) throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(mapper.readTree(res.contentUtf8()).at("/choices/0/message/content").asText()).contains("Galaxy Day");
    }

    private List<Path> dataFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String digest(List<Path> files) throws Exception {
        final MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Path f : files) {
            md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
