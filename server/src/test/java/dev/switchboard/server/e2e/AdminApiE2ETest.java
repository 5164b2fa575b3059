package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CreateProviderRequest;
import dev.switchboard.v1.GetProviderRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.ListPresetsRequest;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Preset;
import dev.switchboard.v1.Provider;
import dev.switchboard.v1.ProviderAdminGrpc;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.TestProviderRequest;
import dev.switchboard.v1.TestProviderResponse;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/** ProviderAdmin over its JSON transcoding (/admin/v1) and over gRPC. */
class AdminApiE2ETest {
    static final String KEY = "sk-admin-upstream-5d6e7f";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;
    static ManagedChannel channel;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(KEY);
        gateway = TestGateway.start(dataDir);
        channel = gateway.channel();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TestGateway.shutdown(channel);
        gateway.close();
        upstream.close();
    }

    static ProviderAdminGrpc.ProviderAdminBlockingStub admin() {
        return ProviderAdminGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY));
    }

    static JsonNode json(AggregatedHttpResponse res, int status) throws Exception {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(status);
        return mapper.readTree(res.contentUtf8());
    }

    static AggregatedHttpResponse send(HttpMethod method, String path, String body) {
        return gateway.rest().execute(HttpRequest.of(RequestHeaders.builder(method, path)
                                                                   .contentType(MediaType.JSON_UTF_8).build(),
                                                     HttpData.ofUtf8(body))).aggregate().join();
    }

    @Test
    void providerLifecycleOverRest() throws Exception {
        // The exact request from the issue, with a preset default filled in.
        JsonNode p = json(gateway.post("/admin/v1/providers", "{\"name\":\"local\",\"preset\":\"custom\","
                + "\"base_url\":\"" + upstream.baseUrl() + "/\",\"api_key\":\"" + KEY + "\"}"), 200);
        assertThat(p.get("name").asText()).isEqualTo("local");
        assertThat(p.get("api_format").asText()).isEqualTo("openai");
        assertThat(p.get("base_url").asText()).isEqualTo(upstream.baseUrl());
        assertThat(p.get("api_key_masked").asText()).isEqualTo("****6e7f");
        assertThat(p.get("timeout").asText()).isEqualTo("120s");
        assertThat(p.get("enabled").asBoolean()).isTrue();
        // The first model-list fetch runs in the background; on a loaded machine a loopback fake can
        // answer it before this response is written.
        assertThat(p.get("state").asText()).isIn("CONNECTING", "CONNECTED");
        assertThat(p.get("id").asText()).isNotEmpty();
        assertThat(p.toString()).doesNotContain(KEY);

        json(gateway.post("/admin/v1/providers", "{\"name\":\"local\",\"base_url\":\"http://127.0.0.1:1/v1\"}"), 409);

        p = json(send(HttpMethod.PATCH, "/admin/v1/providers/local",
                      "{\"timeout\":\"30s\",\"headers\":{\"X-Team\":\"core\"}}"), 200);
        assertThat(p.get("timeout").asText()).isEqualTo("30s");
        assertThat(p.at("/headers/x-team").asText()).isEqualTo("core");
        assertThat(p.get("base_url").asText()).as("fields outside the mask keep their values")
                                              .isEqualTo(upstream.baseUrl());
        p = json(send(HttpMethod.PATCH, "/admin/v1/providers/local?update_mask=enabled", "{\"enabled\":false}"), 200);
        assertThat(p.get("enabled").asBoolean()).isFalse();
        assertThat(p.get("state").asText()).isEqualTo("DISABLED");
        final JsonNode disabled = json(gateway.post("/v1/chat/completions",
                "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"), 404);
        assertThat(disabled.at("/error/message").asText()).contains("disabled");
        json(send(HttpMethod.PATCH, "/admin/v1/providers/local", "{\"enabled\":true}"), 200);

        final JsonNode test = json(gateway.post("/admin/v1/providers/local:test", "{\"prompt\":\"Say hi\"}"), 200);
        assertThat(test.get("ok").asBoolean()).as(test.toString()).isTrue();
        assertThat(test.get("model_count").asInt()).isEqualTo(2);
        assertThat(test.get("reply").asText()).startsWith("**Holiday Name:**");
        assertThat(test.get("latency").asText()).endsWith("s");
        assertThat(json(gateway.get("/admin/v1/providers/local"), 200).get("state").asText()).isEqualTo("CONNECTED");

        final JsonNode models = json(gateway.get("/admin/v1/providers/local/models"), 200);
        assertThat(models.get("models")).extracting(m -> m.get("id").asText()).containsExactly("gpt-4o-mini", "tools");

        p = json(gateway.post("/admin/v1/providers/local:rotateKey", "{\"api_key\":\"sk-rotated-key-aaaa9999\"}"), 200);
        assertThat(p.get("api_key_masked").asText()).isEqualTo("****9999");
        final JsonNode afterRotate = json(gateway.post("/v1/chat/completions",
                "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"), 502);
        assertThat(afterRotate.at("/error/code").asText()).as("the upstream refuses the new key")
                                                       .isEqualTo("upstream_auth_failed");

        json(send(HttpMethod.DELETE, "/admin/v1/providers/local", ""), 200);
        json(gateway.get("/admin/v1/providers/local"), 404);
        assertThat(json(gateway.get("/admin/v1/providers"), 200).path("providers").size()).isZero();
    }

    @Test
    void timingFieldsChangeOnlyWhenNamedAndTheFirstTokenTimeoutFollowsTheTimeout() throws Exception {
        try {
            JsonNode p = json(gateway.post("/admin/v1/providers", "{\"name\":\"timed\",\"base_url\":"
                    + "\"http://127.0.0.1:1/v1\",\"timeout\":\"40s\",\"health_check_interval\":\"0s\"}"), 200);
            assertThat(timing(p)).containsExactly("40s", "10s", "40s", "0s");

            p = json(send(HttpMethod.PATCH, "/admin/v1/providers/timed?update_mask=first_token_timeout",
                          "{\"first_token_timeout\":\"5s\"}"), 200);
            assertThat(timing(p)).containsExactly("40s", "10s", "5s", "0s");

            p = json(send(HttpMethod.PATCH, "/admin/v1/providers/timed", "{\"connect_timeout\":\"2s\"}"), 200);
            assertThat(timing(p)).containsExactly("40s", "2s", "5s", "0s");

            p = json(send(HttpMethod.PATCH, "/admin/v1/providers/timed?update_mask=first_token_timeout,timeout",
                          "{\"timeout\":\"20s\"}"), 200);
            assertThat(timing(p)).as("a cleared first-token timeout is the timeout")
                                 .containsExactly("20s", "2s", "20s", "0s");

            p = json(send(HttpMethod.PATCH, "/admin/v1/providers/timed?update_mask=health_check_interval", "{}"), 200);
            assertThat(timing(p)).containsExactly("20s", "2s", "20s", "60s");

            final JsonNode zero = json(send(HttpMethod.PATCH, "/admin/v1/providers/timed",
                                            "{\"connect_timeout\":\"0s\"}"), 400);
            assertThat(zero.toString()).contains("connect_timeout: 0ms (expected: > 0)");
            final JsonNode long_ = json(send(HttpMethod.PATCH, "/admin/v1/providers/timed",
                                             "{\"first_token_timeout\":\"7200s\"}"), 400);
            assertThat(long_.toString()).contains("first_token_timeout: 7200000ms (expected: <= 1h)");
            assertThat(timing(json(gateway.get("/admin/v1/providers/timed"), 200)))
                    .containsExactly("20s", "2s", "20s", "60s");
        } finally {
            send(HttpMethod.DELETE, "/admin/v1/providers/timed", "");
        }
    }

    private static List<String> timing(JsonNode p) {
        return List.of(p.get("timeout").asText(), p.get("connect_timeout").asText(),
                       p.get("first_token_timeout").asText(), p.get("health_check_interval").asText());
    }

    @Test
    void invalidInputIsRefusedWithTheFieldNamed() throws Exception {
        final String[][] cases = {
                { "{\"name\":\"bad name\",\"base_url\":\"http://x/v1\"}", "name" },
                { "{\"name\":\"p1\",\"preset\":\"nope\"}", "preset" },
                { "{\"name\":\"p1\",\"preset\":\"custom\"}", "base_url" },
                { "{\"name\":\"p1\",\"base_url\":\"ftp://x\"}", "base_url" },
                { "{\"name\":\"p1\",\"base_url\":\"http://x/v1?key=abc\"}", "base_url" },
                { "{\"name\":\"p1\",\"base_url\":\"http://x/v1\",\"api_format\":\"soap\"}", "api_format" },
                { "{\"name\":\"p1\",\"base_url\":\"http://x/v1\",\"timeout\":\"0s\"}", "timeout" },
                { "{\"name\":\"p1\",\"base_url\":\"http://x/v1\",\"headers\":{\"Authorization\":\"x\"}}", "headers" },
        };
        for (String[] c : cases) {
            final AggregatedHttpResponse res = gateway.post("/admin/v1/providers", c[0]);
            assertThat(res.status().code()).as(c[0]).isEqualTo(400);
            assertThat(res.contentUtf8()).as(c[0]).contains(c[1]);
        }
        assertThat(json(gateway.get("/admin/v1/providers"), 200).path("providers").size()).isZero();
        final AggregatedHttpResponse longPrompt = gateway.post("/admin/v1/providers/missing:test",
                                                               "{\"prompt\":\"" + "x".repeat(31) + "\"}");
        assertThat(longPrompt.status().code()).isEqualTo(400);
    }

    @Test
    void presetsAndGrpcAdmin() {
        final var presets = admin().listPresets(ListPresetsRequest.getDefaultInstance()).getPresetsList();
        assertThat(presets).extracting(Preset::getName).containsExactly(
                "openai", "anthropic", "gemini", "openrouter", "xai", "ollama", "lmstudio", "huggingface",
                "github", "custom");
        final Preset ollama = presets.stream().filter(x -> x.getName().equals("ollama")).findFirst().orElseThrow();
        assertThat(ollama.getBaseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(ollama.getAuthType()).isEqualTo("none");
        assertThat(ollama.getLocal()).isTrue();

        final Provider created = admin().createProvider(CreateProviderRequest.newBuilder().setProvider(
                Provider.newBuilder().setName("grpc-made").setBaseUrl(upstream.baseUrl()).setApiKey(KEY)).build());
        assertThat(created.getApiKey()).isEmpty();
        assertThat(created.getApiKeyMasked()).endsWith(KEY.substring(KEY.length() - 4));
        final TestProviderResponse test = admin().testProvider(TestProviderRequest.newBuilder()
                                                                                  .setName("grpc-made").build());
        assertThat(test.getOk()).isTrue();
        final StatusRuntimeException missing = catchThrowableOfType(StatusRuntimeException.class,
                () -> admin().getProvider(GetProviderRequest.newBuilder().setName("nope").build()));
        assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        admin().deleteProvider(dev.switchboard.v1.DeleteProviderRequest.newBuilder().setName("grpc-made").build());
    }
}
