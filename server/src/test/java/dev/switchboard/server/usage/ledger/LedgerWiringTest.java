package dev.switchboard.server.usage.ledger;

import static dev.switchboard.server.usage.ledger.LedgerChecks.one;
import static dev.switchboard.server.usage.ledger.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/** The gateway's own ledger: configured from its settings, and flushed by a clean shutdown. */
class LedgerWiringTest {
    private static final String UPSTREAM_KEY = "sk-ledger-upstream-0123456789";

    @TempDir
    Path tmp;

    @Test
    void aRequestThroughTheGatewayIsOneRowWithTheUpstreamsTokensAndItsRollups() {
        final String userId;
        try (FakeUpstream upstream = new FakeUpstream(UPSTREAM_KEY);
             TestGateway gateway = TestGateway.start(tmp)) {
            gateway.addProvider("local", upstream.baseUrl(), UPSTREAM_KEY);
            userId = gateway.createUser("alice", "member");
            final String key = gateway.createKey("alice", "");
            final AggregatedHttpResponse res = gateway.post(key, "/v1/chat/completions",
                    "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            assertThat(res.status().code()).isEqualTo(200);
        }
        try (Storage storage = Storage.open(tmp, null)) {
            final Map<String, Object> row = storage.jdbi().withHandle(h -> h.createQuery(
                    "SELECT user_id, key_id, ingress, provider, model, requested_model, alias, stream, status, error_kind, "
                    + "prompt_tokens, completion_tokens, usage_source, attempts FROM usage_records").mapToMap().one());
            // The recorded upstream answer (vercel-openai-text.json) reports 16 prompt and 363 completion tokens.
            assertThat(row).containsEntry("user_id", userId).containsEntry("ingress", "chat")
                           .containsEntry("provider", "local").containsEntry("model", "gpt-4o-mini")
                           .containsEntry("requested_model", "local/gpt-4o-mini").containsEntry("status", 200)
                           .containsEntry("prompt_tokens", 16).containsEntry("completion_tokens", 363)
                           .containsEntry("usage_source", "reported").containsEntry("attempts", 1);
            assertThat(row.get("key_id")).isNotNull();
            assertThat(row.get("error_kind")).isNull();
            assertThat(one(storage.jdbi(), "SELECT SUM(requests) FROM usage_hourly WHERE user_id = '" + userId
                                           + "' AND provider = 'local' AND model = 'gpt-4o-mini' AND alias = ''"))
                    .isOne();
            assertThat(one(storage.jdbi(), "SELECT SUM(completion_tokens) FROM usage_daily")).isEqualTo(363);
        }
    }

    @Test
    void aCleanShutdownWritesEveryQueuedRowInTheGatewaysTimeZone() {
        final ServerConfig config = TestGateway.config(tmp)
                                               .withTimeZone(ZoneId.of("Asia/Tokyo"))
                                               .withLedger(LedgerSettings.DEFAULT.withFlushInterval(Duration.ofMinutes(1)));
        try (TestGateway gateway = TestGateway.start(config)) {
            // 2026-12-07T16:00Z is 01:00 on December 8 in Tokyo (+09:00, no DST).
            gateway.gateway().ledger().offer(row("queued", 1_796_659_200_000L, "alice", 10));
            assertThat(gateway.gateway().ledger().rowsWritten()).isZero();
        }
        try (Storage storage = Storage.open(tmp, null)) {
            assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records")).isOne();
            // Midnight of December 8 in Tokyo: 2026-12-07T15:00Z.
            assertThat(one(storage.jdbi(), "SELECT bucket_start FROM usage_daily")).isEqualTo(1_796_655_600_000L);
        }
    }
}
