package dev.switchboard.server.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * Requests through the real gateway end in the ledger with their cost, computed by hand from the
 * recorded answers' usage and the list prices: gpt-4o-mini at $0.15 input / $0.60 output per
 * million tokens is 150 and 600 nano-dollars a token.
 */
class PricedLedgerE2ETest {
    private static final String KEY = "sk-priced-ledger-e2e-5151";

    @TempDir
    Path dataDir;

    @Test
    void everyRequestIsChargedItsProvidersPriceOrMarkedUnpriced() {
        try (FakeUpstream upstream = new FakeUpstream(KEY);
             TestGateway gateway = TestGateway.start(dataDir)) {
            gateway.addProvider("local", upstream.baseUrl(), KEY);
            gateway.addProvider("azure", upstream.baseUrl(), KEY);
            assertThat(chat(gateway, "local/gpt-4o-mini", false).status().code()).isEqualTo(200);
            assertThat(chat(gateway, "local/gpt-4o-mini", true).status().code()).isEqualTo(200);
            final AggregatedHttpResponse set = gateway.rest().execute(HttpRequest.of(
                    RequestHeaders.builder(HttpMethod.PUT, "/admin/v1/prices/azure/gpt-4o-mini")
                                  .contentType(MediaType.JSON_UTF_8).build(),
                    HttpData.ofUtf8("{\"input\":\"1\",\"output\":\"2\"}"))).aggregate().join();
            assertThat(set.status().code()).as(set.contentUtf8()).isEqualTo(200);
            assertThat(chat(gateway, "azure/gpt-4o-mini", false).status().code()).isEqualTo(200);
            assertThat(chat(gateway, "local/unpriced-thing", false).status().code()).isEqualTo(200);
        }
        try (Storage storage = Storage.open(dataDir, null)) {
            final Map<String, Map<String, Object>> rows = new HashMap<>();
            storage.jdbi().useHandle(h -> h.createQuery("SELECT requested_model, stream, prompt_tokens, "
                                                        + "completion_tokens, cost_nanos, cost_note FROM usage_records")
                                           .mapToMap().forEach(r -> rows.put(r.get("requested_model") + " stream="
                                                                             + streamed(r.get("stream")), r)));
            assertThat(rows).hasSize(4);
            // vercel-openai-text.json: 16 prompt and 363 completion tokens.
            // 16 * 150 + 363 * 600 = 2,400 + 217,800 = 220,200 nano-dollars.
            assertThat(rows.get("local/gpt-4o-mini stream=false"))
                    .containsEntry("prompt_tokens", 16).containsEntry("completion_tokens", 363)
                    .containsEntry("cost_nanos", 220_200);
            // oaipy-stream-text-include-usage.sse: 14 prompt and 30 completion tokens, which the
            // gateway asked for although the client did not: 14 * 150 + 30 * 600 = 20,100.
            assertThat(rows.get("local/gpt-4o-mini stream=true")).containsEntry("prompt_tokens", 14).containsEntry("completion_tokens", 30)
                                .containsEntry("cost_nanos", 20_100);
            // The override for azure: $1 / $2 per million, 16 * 1000 + 363 * 2000 = 742,000.
            assertThat(rows.get("azure/gpt-4o-mini stream=false")).containsEntry("cost_nanos", 742_000);
            assertThat(rows.get("local/unpriced-thing stream=false"))
                    .containsEntry("cost_nanos", null)
                    .containsEntry("cost_note", "no price for local/unpriced-thing");
        }
    }

    /** SQLite has no boolean: a flag reads back as 0 or 1. */
    private static boolean streamed(Object flag) {
        return flag instanceof Boolean b ? b : ((Number) flag).intValue() == 1;
    }

    private static AggregatedHttpResponse chat(TestGateway gateway, String model, boolean stream) {
        return gateway.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"stream\":" + stream
                                                    + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }
}
