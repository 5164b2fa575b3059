package dev.switchboard.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;

/**
 * The budget test through the real server: 50 concurrent requests against a key whose
 * monthly budget allows 10 more. Each request reserves the key's recent cost before it is routed
 * and settles at its real cost, so exactly 10 reach the provider; the others are refused (429
 * budget_exceeded, not to be retried) without reaching it, and the ledger's spend is the budget.
 */
class BudgetE2ETest {
    static final String KEY = "sk-budget-e2e-4b1c";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void fiftyConcurrentRequestsAgainstABudgetForTenSpendExactlyTheBudget() throws Exception {
        final JsonNode usage = JSON.readTree(Fixtures.string("openai/chat/vercel-openai-text.json")).get("usage");
        // At $100 / $1,000 per million tokens, nano-dollars per token are 100,000 and 1,000,000.
        final long cost = usage.get("prompt_tokens").asLong() * 100_000
                          + usage.get("completion_tokens").asLong() * 1_000_000;
        try (FakeUpstream upstream = new FakeUpstream(KEY); TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("oa", upstream.baseUrl(), KEY);
            put(gw, "/admin/v1/prices/oa/gpt-4o-mini", "{\"input\":\"100\",\"output\":\"1000\"}");
            gw.createUser("spender", "member");
            final String key = gw.createKey("spender", "");
            final String id = JSON.readTree(gw.as(key).get("/admin/v1/me").aggregate().join().contentUtf8())
                                  .get("key_id").asText();
            final String budget = BigDecimal.valueOf(11 * cost).movePointLeft(9).toPlainString();
            put(gw, "/admin/v1/limits/key/" + id,
                "{\"budget\":{\"amount_usd\":\"" + budget + "\",\"period\":\"month\"}}");
            final WebClient client = gw.as(key);
            // The first request teaches the limiter what this key's requests cost.
            assertThat(chat(client).join().status().code()).isEqualTo(200);
            upstream.drain();

            final List<CompletableFuture<AggregatedHttpResponse>> all = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                all.add(chat(client));
            }
            int ok = 0;
            for (CompletableFuture<AggregatedHttpResponse> f : all) {
                final AggregatedHttpResponse res = f.join();
                if (res.status().code() == 200) {
                    ok++;
                    continue;
                }
                assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(429);
                assertThat(JSON.readTree(res.contentUtf8()).at("/error/code").asText()).isEqualTo("budget_exceeded");
                assertThat(res.headers().get("x-should-retry")).isEqualTo("false");
                assertThat(res.headers().get("retry-after")).isNotNull();
            }
            assertThat(ok).isEqualTo(10);
            assertThat(upstream.drain()).as("the provider saw only the admitted requests").hasSize(10);

            final JsonNode status = JSON.readTree(gw.get("/admin/v1/limits/key/" + id).contentUtf8()).get("status");
            assertThat(status.get("spent_nanos").asLong()).isEqualTo(11 * cost);
            long spent = 0;
            for (long until = System.nanoTime() + 10_000_000_000L; System.nanoTime() < until; Thread.sleep(100)) {
                spent = JSON.readTree(gw.get("/admin/v1/usage?key_id=" + id).contentUtf8())
                            .at("/totals/cost_nanos").asLong();
                if (spent == 11 * cost) {
                    break;
                }
            }
            assertThat(spent).as("the ledger's spend is the budget, not more").isEqualTo(11 * cost);
        }
    }

    private static CompletableFuture<AggregatedHttpResponse> chat(WebClient client) {
        return client.execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON_UTF_8)
                              .build(),
                HttpData.ofUtf8("{\"model\":\"oa/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")))
                     .aggregate();
    }

    private static void put(TestGateway gw, String path, String json) {
        final AggregatedHttpResponse res = gw.rest().prepare().put(path).content(MediaType.JSON_UTF_8, json)
                                             .execute().aggregate().join();
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }
}
