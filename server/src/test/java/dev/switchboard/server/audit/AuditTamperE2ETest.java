package dev.switchboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.AuditEntry;
import dev.switchboard.v1.ListAuditEntriesRequest;
import dev.switchboard.v1.VerifyAuditResponse;

/**
 * Admin changes made through the real REST API leave a chain that verifies; editing, deleting or
 * reordering its rows directly in SQLite is named by VerifyAudit. Secrets never reach the table.
 */
class AuditTamperE2ETest {
    static final String API_KEY = "sk-upstream-secret-key-AB12";
    static final String ROTATED_KEY = "sk-upstream-rotated-key-CD34";
    static final String HEADER_SECRET = "header-secret-value-EF56";
    static final String NEW_HEADER_SECRET = "header-secret-value-GH78";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path copies;

    @BeforeAll
    static void makeChangesThroughTheApi() {
        try (TestGateway gateway = TestGateway.start(dataDir)) {
            ok(send(gateway, HttpMethod.POST, "/admin/v1/providers",
                    "{\"name\":\"alpha\",\"preset\":\"custom\",\"base_url\":\"http://127.0.0.1:9/v1\","
                    + "\"api_key\":\"" + API_KEY + "\",\"headers\":{\"x-team\":\"blue\"},"
                    + "\"secret_headers\":{\"x-secret\":\"" + HEADER_SECRET + "\"}}"));
            ok(send(gateway, HttpMethod.POST, "/admin/v1/providers",
                    "{\"name\":\"beta\",\"preset\":\"custom\",\"base_url\":\"http://127.0.0.1:9/v1\"}"));
            ok(send(gateway, HttpMethod.PATCH, "/admin/v1/providers/alpha",
                    "{\"base_url\":\"http://127.0.0.1:10/v1\",\"secret_headers\":{\"x-secret\":\""
                    + NEW_HEADER_SECRET + "\"}}"));
            ok(send(gateway, HttpMethod.POST, "/admin/v1/providers/alpha:rotateKey",
                    "{\"api_key\":\"" + ROTATED_KEY + "\"}"));
            ok(send(gateway, HttpMethod.POST, "/admin/v1/aliases",
                    "{\"name\":\"fast\",\"targets\":[{\"model\":\"beta/m1\"}]}"));
            ok(send(gateway, HttpMethod.PATCH, "/admin/v1/aliases/fast", "{\"description\":\"the quick one\"}"));
            ok(send(gateway, HttpMethod.DELETE, "/admin/v1/aliases/fast", ""));
            ok(send(gateway, HttpMethod.DELETE, "/admin/v1/providers/beta", ""));
            assertThat(send(gateway, HttpMethod.DELETE, "/admin/v1/providers/nope", "").status().code())
                    .isEqualTo(404);
        }
    }

    @Test
    void recordsEveryAdminChangeWithItsActorSourceAndNewValues() {
        final List<AuditEntry> entries = entries(dataDir);
        assertThat(entries).extracting(AuditEntry::getSeq).containsExactly(9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(entries).extracting(e -> e.getAction() + ' ' + e.getResource() + ' ' + e.getOutcome())
                           .containsExactly("provider.delete providers/nope not_found",
                                            "provider.delete providers/beta ok",
                                            "alias.delete aliases/fast ok",
                                            "alias.update aliases/fast ok",
                                            "alias.create aliases/fast ok",
                                            "provider.rotate_key providers/alpha ok",
                                            "provider.update providers/alpha ok",
                                            "provider.create providers/beta ok",
                                            "provider.create providers/alpha ok");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("admin");
            assertThat(e.getCredential()).isEqualTo("admin_key");
            assertThat(e.getSourceAddress()).isEqualTo("127.0.0.1");
            assertThat(e.getHash()).hasSize(64);
        });
        final AuditEntry create = entries.get(8);
        assertThat(create.getChangesMap()).containsEntry("name", "alpha")
                                          .containsEntry("base_url", "http://127.0.0.1:9/v1")
                                          .containsEntry("headers", "{\"x-team\":\"blue\"}")
                                          .containsEntry("api_key", "****AB12")
                                          .containsEntry("secret_headers", "{\"x-secret\":\"****EF56\"}")
                                          .containsEntry("timeout", "120s")
                                          .doesNotContainKeys("id", "state", "create_time", "api_key_masked");
        assertThat(entries.get(6).getChangesMap()).containsOnly(
                Map.entry("base_url", "http://127.0.0.1:10/v1"),
                Map.entry("secret_headers", "{\"x-secret\":\"****GH78\"}"));
        assertThat(entries.get(5).getChangesMap()).containsOnly(Map.entry("api_key", "****CD34"));
        assertThat(entries.get(4).getChangesMap()).containsEntry("targets", "[{\"model\":\"beta/m1\",\"weight\":1}]");
        assertThat(entries.get(3).getChangesMap()).containsOnly(Map.entry("description", "the quick one"));
        assertThat(entries.get(0).getChangesMap()).isEmpty();
    }

    @Test
    void theUntouchedChainVerifies() throws Exception {
        final VerifyAuditResponse res = verify(copy("intact"));
        assertThat(res.getOk()).as(res.getReason()).isTrue();
        assertThat(res.getEntriesChecked()).isEqualTo(9);
        assertThat(res.getFirstBrokenSeq()).isZero();
    }

    @Test
    void namesAnEditedField() throws Exception {
        final Path dir = copy("edited");
        sql(dir, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 4");
        assertBrokenAt(verify(dir), 4, "altered");
    }

    @Test
    void namesEditedChanges() throws Exception {
        final Path dir = copy("edited-changes");
        sql(dir, "UPDATE audit_log SET changes_json = '{\"base_url\":\"http://evil.example/v1\"}' WHERE seq = 3");
        assertBrokenAt(verify(dir), 3, "altered");
    }

    @Test
    void namesAnEditedTime() throws Exception {
        final Path dir = copy("edited-time");
        sql(dir, "UPDATE audit_log SET time = time - 3600000 WHERE seq = 6");
        assertBrokenAt(verify(dir), 6, "altered");
    }

    @Test
    void namesADeletedRow() throws Exception {
        final Path dir = copy("deleted");
        sql(dir, "DELETE FROM audit_log WHERE seq = 5");
        assertBrokenAt(verify(dir), 5, "missing");
    }

    @Test
    void namesTheFirstOfTwoSwappedRows() throws Exception {
        final Path dir = copy("swapped");
        // Every column but seq trades places between entries 2 and 7.
        sql(dir, "UPDATE audit_log SET seq = -2 WHERE seq = 2",
            "UPDATE audit_log SET seq = 2 WHERE seq = 7",
            "UPDATE audit_log SET seq = 7 WHERE seq = -2");
        assertBrokenAt(verify(dir), 2, "does not follow");
    }

    @Test
    void namesADeletedRowWhenTheRestIsRenumbered() throws Exception {
        final Path dir = copy("renumbered");
        sql(dir, "DELETE FROM audit_log WHERE seq = 3",
            "UPDATE audit_log SET seq = -seq WHERE seq > 3",
            "UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0");
        assertBrokenAt(verify(dir), 3, "does not follow");
    }

    @Test
    void anEditWithARecomputedHashBreaksTheNextLink() throws Exception {
        final Path dir = copy("rehashed");
        sql(dir, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 4");
        final AuditEntry edited = entries(dir).stream().filter(e -> e.getSeq() == 4).findFirst().orElseThrow();
        final String prev = entries(dir).stream().filter(e -> e.getSeq() == 3).findFirst().orElseThrow().getHash();
        final String forged = Chain.hash(prev, 4, new AuditEvent(
                java.time.Instant.ofEpochSecond(edited.getTime().getSeconds(), edited.getTime().getNanos()),
                edited.getActor(), edited.getCredential(), edited.getSourceAddress(), edited.getAction(),
                edited.getResource(), edited.getOutcome(), edited.getChangesMap()));
        sql(dir, "UPDATE audit_log SET hash = '" + forged + "' WHERE seq = 4");
        assertBrokenAt(verify(dir), 5, "does not follow");
    }

    @Test
    void secretsAppearOnlyMasked() throws Exception {
        final StringBuilder table = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl(copy("scan")));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM audit_log")) {
            final int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    table.append(rs.getString(i)).append('\n');
                }
            }
        }
        for (String secret : List.of(API_KEY, ROTATED_KEY, HEADER_SECRET, NEW_HEADER_SECRET)) {
            assertThat(table.toString()).doesNotContain(secret)
                                        .doesNotContain(secret.substring(0, secret.length() - 4));
        }
        assertThat(table.toString()).contains("****AB12", "****CD34", "****EF56", "****GH78");
    }

    private static void assertBrokenAt(VerifyAuditResponse res, long seq, String reason) {
        assertThat(res.getOk()).isFalse();
        assertThat(res.getFirstBrokenSeq()).as(res.getReason()).isEqualTo(seq);
        assertThat(res.getEntriesChecked()).isEqualTo(seq - 1);
        assertThat(res.getReason()).contains("entry " + seq).contains(reason);
    }

    private static List<AuditEntry> entries(Path dir) {
        try (Storage storage = Storage.open(dir, null)) {
            return new AuditLog(storage.jdbi()).list(ListAuditEntriesRequest.getDefaultInstance()).getEntriesList();
        }
    }

    private static VerifyAuditResponse verify(Path dir) {
        try (Storage storage = Storage.open(dir, null)) {
            return new AuditLog(storage.jdbi()).verify();
        }
    }

    /** A copy of the closed gateway's data directory, to tamper with. */
    private static Path copy(String name) throws IOException {
        final Path target = Files.createDirectory(copies.resolve(name));
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    private static void sql(Path dir, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(dir)); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private static String jdbcUrl(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("switchboard.db");
    }

    private static AggregatedHttpResponse send(TestGateway gateway, HttpMethod method, String path, String body) {
        return gateway.rest().execute(HttpRequest.of(RequestHeaders.builder(method, path)
                                                                   .contentType(MediaType.JSON_UTF_8).build(),
                                                     HttpData.ofUtf8(body))).aggregate().join();
    }

    private static void ok(AggregatedHttpResponse res) {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }
}
