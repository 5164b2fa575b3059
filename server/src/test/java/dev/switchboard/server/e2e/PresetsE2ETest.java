package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.provider.Presets;
import dev.switchboard.server.testing.FakeGitHubModels;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.Preset;

/**
 * Every OpenAI-format preset, end to end: the preset's own base path and auth style, with its
 * host swapped for a fake on loopback (no test reaches a real provider). Anthropic and Gemini
 * presets have their own tests.
 */
class PresetsE2ETest {
    static final String KEY = "sk-preset-e2e-31415";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream keyed;
    static FakeUpstream open;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        keyed = new FakeUpstream(KEY);
        open = new FakeUpstream(null);
        gateway = TestGateway.start(dataDir);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        keyed.close();
        open.close();
    }

    static Stream<Preset> openAiPresets() {
        final List<Preset> presets = Presets.all().stream().filter(p -> "openai".equals(p.getApiFormat())).toList();
        assertThat(presets).extracting(Preset::getName).containsExactlyInAnyOrder(
                "openai", "openrouter", "xai", "ollama", "lmstudio", "huggingface", "github", "custom");
        return presets.stream();
    }

    @ParameterizedTest
    @MethodSource("openAiPresets")
    void presetReachesItsBasePathWithItsAuth(Preset preset) throws Exception {
        final boolean local = preset.getLocal();
        final FakeUpstream upstream = local ? open : keyed;
        upstream.drain();
        final String basePath = preset.getBasePath().isEmpty() ? "/v1" : preset.getBasePath();
        final String body = "{\"name\":\"" + preset.getName() + "\",\"preset\":\"" + preset.getName()
                            + "\",\"base_url\":\"" + upstream.root() + basePath + "\""
                            + (local ? "" : ",\"api_key\":\"" + KEY + "\"") + "}";
        final AggregatedHttpResponse created = gateway.post("/admin/v1/providers", body);
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);

        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                "{\"model\":\"" + preset.getName() + "/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-provider")).isEqualTo(preset.getName());

        final FakeUpstream.Seen seen = upstream.take();
        assertThat(seen.headers().path()).isEqualTo(basePath + "/chat/completions");
        if (local) {
            assertThat(seen.headers().get("authorization")).as("no key, no header").isNull();
        } else {
            assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + KEY);
        }
        final JsonNode sent = seen.json();
        assertThat(sent.get("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(sent.get("messages")).isEqualTo(mapper.readTree("[{\"role\":\"user\",\"content\":\"hi\"}]"));

        final JsonNode models = mapper.readTree(gateway.get("/admin/v1/providers/" + preset.getName() + "/models")
                                                       .contentUtf8());
        assertThat(models.get("models")).extracting(m -> m.get("id").asText()).contains("gpt-4o-mini");
    }

    /**
     * GitHub Models documents its catalog at {@code GET https://models.github.ai/catalog/models}, on
     * the host's root, not under the {@code /inference} base path the chat calls use
     * (docs.github.com/rest/models/catalog, /rest/models/inference). The fake answers only the
     * documented paths, with the documented shape: a bare array of models named publisher/name.
     */
    @Test
    void gitHubModelsListsItsDocumentedCatalogAndChatsUnderInference() throws Exception {
        try (FakeGitHubModels github = new FakeGitHubModels(KEY)) {
            final AggregatedHttpResponse created = gateway.post("/admin/v1/providers",
                    "{\"name\":\"gh\",\"preset\":\"github\",\"base_url\":\"" + github.root() + "/inference\","
                    + "\"api_key\":\"" + KEY + "\"}");
            assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);

            final AggregatedHttpResponse listed = gateway.get("/admin/v1/providers/gh/models");
            assertThat(listed.status().code()).as(listed.contentUtf8()).isEqualTo(200);
            final JsonNode models = mapper.readTree(listed.contentUtf8()).get("models");
            assertThat(models).extracting(m -> m.get("id").asText()).containsExactly("openai/gpt-4.1", "microsoft/phi-4");
            assertThat(models).extracting(m -> m.path("owned_by").asText()).containsExactly("OpenAI", "Microsoft");

            final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                    "{\"model\":\"gh/openai/gpt-4.1\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
            assertThat(mapper.readTree(res.contentUtf8()).at("/choices/0/message/content").asText()).isEqualTo("Hello!");

            boolean chatted = false;
            for (FakeUpstream.Seen seen : github.drain()) {
                assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + KEY);
                if ("/inference/chat/completions".equals(seen.headers().path())) {
                    assertThat(seen.json().get("model").asText()).isEqualTo("openai/gpt-4.1");
                    chatted = true;
                } else {
                    // Every model-list fetch (the listing, the health check) asks the catalog, as documented.
                    assertThat(seen.headers().method().name()).isEqualTo("GET");
                    assertThat(seen.headers().path()).isEqualTo("/catalog/models");
                    assertThat(seen.headers().get("accept")).isEqualTo("application/vnd.github+json");
                }
            }
            assertThat(chatted).isTrue();
        }
    }
}
