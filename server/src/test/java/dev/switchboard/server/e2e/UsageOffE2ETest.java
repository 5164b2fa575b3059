package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.MediaType;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.server.usage.ledger.LedgerSettings;

/** {@code --usage off}: no limit applies and nothing is recorded (what the benchmark compares against). */
class UsageOffE2ETest {
    static final String KEY = "sk-usage-off-5e6f";

    @TempDir
    Path dataDir;

    @Test
    void withUsageOffALimitDoesNotRefuseAndTheLedgerStaysEmpty() throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(KEY);
             TestGateway gw = TestGateway.start(TestGateway.config(dataDir)
                                                           .withLedger(LedgerSettings.DEFAULT.withMetering(false)))) {
            gw.addProvider("local", upstream.baseUrl(), KEY);
            final AggregatedHttpResponse set = gw.rest().prepare().put("/admin/v1/limits/global/all")
                                                 .content(MediaType.JSON_UTF_8, "{\"requests_per_minute\":1}")
                                                 .execute().aggregate().join();
            assertThat(set.status().code()).as(set.contentUtf8()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                        "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
                assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
                assertThat(res.headers().contains("x-ratelimit-limit-requests")).isFalse();
            }
            // Three flush intervals: a metered gateway would have written the rows by now.
            Thread.sleep(750);
            final String records = gw.get("/admin/v1/usage/records").contentUtf8();
            assertThat(records).doesNotContain("request_id");
        }
    }
}
