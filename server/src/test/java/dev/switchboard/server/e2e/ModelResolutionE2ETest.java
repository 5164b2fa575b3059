package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/** Bare model names resolve through the cached model lists, and only when the answer is unique. */
class ModelResolutionE2ETest {
    static final String KEY = "sk-resolution-4321";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dataDir;

    static AggregatedHttpResponse chat(TestGateway gw, String model) {
        return gw.post("/v1/chat/completions", "{\"model\":\"" + model
                                                + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }

    @Test
    void bareNameIsServedByTheOnlyProviderListingItAndAmbiguousWhenTwoDo() throws Exception {
        try (FakeUpstream a = new FakeUpstream(KEY); FakeUpstream b = new FakeUpstream(KEY);
             TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("alpha", a.baseUrl(), KEY);
            final AggregatedHttpResponse one = chat(gw, "gpt-4o-mini");
            assertThat(one.status().code()).as(one.contentUtf8()).isEqualTo(200);
            assertThat(one.headers().get("x-switchboard-provider")).isEqualTo("alpha");
            assertThat(a.take().json().get("model").asText()).isEqualTo("gpt-4o-mini");

            // Adding a provider drops the cached lists; both now list gpt-4o-mini.
            gw.addProvider("beta", b.baseUrl(), KEY);
            final AggregatedHttpResponse two = chat(gw, "gpt-4o-mini");
            assertThat(two.status().code()).isEqualTo(400);
            final JsonNode error = mapper.readTree(two.contentUtf8()).get("error");
            assertThat(error.get("code").asText()).isEqualTo("ambiguous_model");
            assertThat(error.get("message").asText()).contains("alpha/gpt-4o-mini").contains("beta/gpt-4o-mini");
            assertThat(a.pending() + b.pending()).as("an ambiguous request goes nowhere").isZero();

            // Disambiguated by prefix, each goes where it says.
            assertThat(chat(gw, "beta/gpt-4o-mini").headers().get("x-switchboard-provider")).isEqualTo("beta");
            assertThat(b.take().headers().get("authorization")).isEqualTo("Bearer " + KEY);

            // A disabled provider no longer serves the bare name.
            final AggregatedHttpResponse disabled = gw.rest().execute(HttpRequest.of(
                    RequestHeaders.builder(HttpMethod.PATCH, "/admin/v1/providers/alpha")
                                  .contentType(com.linecorp.armeria.common.MediaType.JSON).build(),
                    com.linecorp.armeria.common.HttpData.ofUtf8("{\"enabled\":false}"))).aggregate().join();
            assertThat(disabled.status().code()).isEqualTo(200);
            assertThat(chat(gw, "gpt-4o-mini").headers().get("x-switchboard-provider")).isEqualTo("beta");

            // A local server (Ollama) listing the same name does not make it ambiguous: API first.
            final AggregatedHttpResponse local = gw.post("/admin/v1/providers",
                    "{\"name\":\"laptop\",\"preset\":\"ollama\",\"base_url\":\"" + a.baseUrl() + "\",\"api_key\":\"" + KEY + "\"}");
            assertThat(local.status().code()).isEqualTo(200);
            assertThat(chat(gw, "gpt-4o-mini").headers().get("x-switchboard-provider")).isEqualTo("beta");
            gw.rest().delete("/admin/v1/providers/laptop").aggregate().join();

            final JsonNode models = mapper.readTree(gw.get("/v1/models").contentUtf8());
            assertThat(models.get("data")).extracting(m -> m.get("id").asText())
                                          .containsExactlyInAnyOrder("beta/gpt-4o-mini", "beta/tools");
        }
    }

    @Test
    void aProviderListingANameTwiceStillServesItAlone() {
        try (FakeUpstream a = new FakeUpstream(KEY); TestGateway gw = TestGateway.start(dataDir)) {
            a.listModels("gpt-4o-mini", "tools", "gpt-4o-mini");
            gw.addProvider("alpha", a.baseUrl(), KEY);
            final AggregatedHttpResponse res = chat(gw, "gpt-4o-mini");
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
            assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("alpha");
        }
    }

    @Test
    void aNameNotFoundSaysWhichProviderCouldNotListItsModels() throws Exception {
        try (FakeUpstream a = new FakeUpstream(KEY); TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("alpha", a.baseUrl(), KEY);
            gw.addProvider("down", "http://127.0.0.1:1/v1", "sk-down-secret-9876");

            // What an answering provider lists is still served.
            final AggregatedHttpResponse served = chat(gw, "gpt-4o-mini");
            assertThat(served.status().code()).as(served.contentUtf8()).isEqualTo(200);
            assertThat(served.headers().get("x-switchboard-provider")).isEqualTo("alpha");

            // Anything else is not found, and the answer says which provider could not tell.
            final AggregatedHttpResponse unknown = chat(gw, "gpt-4o-mimi");
            assertThat(unknown.status().code()).as(unknown.contentUtf8()).isEqualTo(404);
            final JsonNode error = mapper.readTree(unknown.contentUtf8()).get("error");
            assertThat(error.get("code").asText()).isEqualTo("model_not_found");
            assertThat(error.get("message").asText())
                    .contains("the model list of 'down' (could not connect to provider 'down': connection refused)")
                    .contains("did you mean: alpha/gpt-4o-mini")
                    .doesNotContain("9876");

            // Once that provider is gone, the answer no longer mentions it.
            gw.rest().delete("/admin/v1/providers/down").aggregate().join();
            final AggregatedHttpResponse missing = chat(gw, "gpt-4o-mimi");
            assertThat(missing.status().code()).as(missing.contentUtf8()).isEqualTo(404);
            assertThat(mapper.readTree(missing.contentUtf8()).get("error").get("message").asText())
                    .doesNotContain("down");
        }
    }
}
