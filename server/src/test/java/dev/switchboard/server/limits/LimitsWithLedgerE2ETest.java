package dev.switchboard.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/** Quotas with the gateway's own ledger: soft ones flag the rows, and what was used survives a restart. */
class LimitsWithLedgerE2ETest {
    static final String UPSTREAM_KEY = "sk-limits-ledger-0123456789";
    static final String CHAT = "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    @TempDir
    Path dataDir;

    static String keyWithLimits(TestGateway gateway, String policy) throws Exception {
        gateway.createUser("alice", "member");
        final String key = gateway.createKey("alice", "");
        final String id = new ObjectMapper().readTree(gateway.as(key).get("/admin/v1/me").aggregate().join()
                                                             .contentUtf8()).get("key_id").asText();
        final AggregatedHttpResponse set = gateway.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.PUT, "/admin/v1/limits/key/" + id).contentType(MediaType.JSON_UTF_8)
                              .build(), HttpData.ofUtf8(policy))).aggregate().join();
        assertThat(set.status().code()).as(set.contentUtf8()).isEqualTo(200);
        return key;
    }

    @Test
    void aRequestOverASoftQuotaIsAllowedAndFlaggedInItsUsageRecord() throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(UPSTREAM_KEY);
             TestGateway gateway = TestGateway.start(dataDir)) {
            gateway.addProvider("local", upstream.baseUrl(), UPSTREAM_KEY);
            final String key = keyWithLimits(gateway, "{\"quota\":{\"requests\":1,\"period\":\"day\",\"soft\":true}}");
            assertThat(gateway.post(key, "/v1/chat/completions", CHAT).status().code()).isEqualTo(200);
            assertThat(gateway.post(key, "/v1/chat/completions", CHAT).status().code()).isEqualTo(200);
        }
        try (Storage storage = Storage.open(dataDir, null)) {
            final List<Boolean> flags = storage.jdbi().withHandle(h -> h.createQuery(
                    "SELECT over_soft_limit FROM usage_records ORDER BY time, over_soft_limit").mapTo(Boolean.class).list());
            assertThat(flags).containsExactly(false, true);
            final long flagged = storage.jdbi().withHandle(h -> h.createQuery(
                    "SELECT SUM(over_soft_limit) FROM usage_daily").mapTo(Long.class).one());
            assertThat(flagged).isOne();
        }
    }

    @Test
    void whatAKeyUsedThisPeriodStillCountsAfterARestart() throws Exception {
        final String key;
        try (FakeUpstream upstream = new FakeUpstream(UPSTREAM_KEY)) {
            try (TestGateway gateway = TestGateway.start(dataDir)) {
                gateway.addProvider("local", upstream.baseUrl(), UPSTREAM_KEY);
                key = keyWithLimits(gateway, "{\"quota\":{\"requests\":2,\"period\":\"month\"}}");
                assertThat(gateway.post(key, "/v1/chat/completions", CHAT).status().code()).isEqualTo(200);
                assertThat(gateway.post(key, "/v1/chat/completions", CHAT).status().code()).isEqualTo(200);
            }
            // The new process knows nothing in memory: the ledger's daily rollups say two were used.
            try (TestGateway gateway = TestGateway.start(dataDir)) {
                final AggregatedHttpResponse refused = gateway.post(key, "/v1/chat/completions", CHAT);
                assertThat(refused.status().code()).isEqualTo(429);
                assertThat(refused.contentUtf8()).contains("quota_exceeded", "2 requests per month");
            }
            assertThat(upstream.count("gpt-4o-mini")).isEqualTo(2);
        }
    }
}
