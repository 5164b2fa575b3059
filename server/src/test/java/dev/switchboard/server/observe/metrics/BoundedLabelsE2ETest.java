package dev.switchboard.server.observe.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * A model name the client invents makes no new series: through a custom provider that answers any
 * model, fifty invented names are one value, "other", beside the models the provider lists.
 */
class BoundedLabelsE2ETest {
    static final String KEY = "sk-bounded-labels-4e7a";
    @TempDir
    Path dataDir;

    @Test
    void inventedModelNamesCollapseIntoOneValue() throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(KEY); TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("mb", upstream.baseUrl(), KEY);
            // A bare name routes through the provider's model list, which is then known.
            assertThat(MetricsE2ETestSupport.chat(gw, "gpt-4o-mini").status().code()).isEqualTo(200);
            for (int i = 0; i < 50; i++) {
                assertThat(MetricsE2ETestSupport.chat(gw, "mb/invented-" + i).status().code()).isEqualTo(200);
            }
            // Bare invented names route nowhere: counted, under "other" too.
            for (int i = 0; i < 5; i++) {
                assertThat(MetricsE2ETestSupport.chat(gw, "made-up-" + i).status().code()).isEqualTo(404);
            }
            Scrape s = null;
            for (int i = 0; i < 100; i++) {
                s = Scrape.parse(gw.rest().get(Metrics.PATH).aggregate().join().contentUtf8());
                if (s.sum("gen_ai_server_request_duration_seconds_count") >= 56) {
                    break;
                }
                Thread.sleep(50);
            }
            final String count = "gen_ai_server_request_duration_seconds_count";
            assertThat(s.sum(count)).isEqualTo(56);
            assertThat(s.values("gen_ai_response_model", count, "gen_ai_provider_name", "mb"))
                    .containsExactlyInAnyOrder("gpt-4o-mini", "other");
            assertThat(s.values("gen_ai_request_model", count)).containsExactlyInAnyOrder("gpt-4o-mini", "other");
            assertThat(s.sum(count, "gen_ai_provider_name", "mb", "gen_ai_response_model", "other")).isEqualTo(50);
            assertThat(s.sum(count, "gen_ai_provider_name", "none", "gen_ai_request_model", "other",
                             "outcome", "not_found")).isEqualTo(5);
            // Every series family keeps at most the two model values.
            assertThat(s.samples()).filteredOn(x -> x.labels().containsKey("gen_ai_response_model"))
                                   .extracting(x -> x.labels().get("gen_ai_response_model"))
                                   .allMatch(v -> v.equals("gpt-4o-mini") || v.equals("other") || v.equals("none")
                                                  || v.equals("tools"));
            assertThat(s.samples()).noneMatch(x -> x.labels().values().stream().anyMatch(v -> v.contains("invented")
                                                                                              || v.contains("made-up")));
        }
    }
}
