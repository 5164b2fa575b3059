package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.Model;

class OpenAiModelsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<UpstreamModel> decode(String json) {
        return OpenAiModels.decodeList(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsOpenAisList() {
        assertThat(decode("{\"object\":\"list\",\"data\":[" +
                          "{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1715367049,\"owned_by\":\"system\"}," +
                          "{\"id\":\"local\",\"object\":\"model\"},{\"object\":\"model\"}]}"))
                .containsExactly(new UpstreamModel("gpt-4o", "system", 1715367049L),
                                 new UpstreamModel("local", null, 0));
    }

    @Test
    void readsABareArrayAndOllamasShape() {
        assertThat(decode("[{\"id\":\"a\"},\"b\"]"))
                .containsExactly(new UpstreamModel("a", null, 0), new UpstreamModel("b", null, 0));
        assertThat(decode("{\"models\":[{\"name\":\"llama3.2:latest\",\"model\":\"llama3.2:latest\"," +
                          "\"modified_at\":\"2025-01-01T00:00:00Z\",\"size\":2019393189}]}"))
                .containsExactly(new UpstreamModel("llama3.2:latest", null, 0));
    }

    /** GitHub Models' catalog, as docs.github.com/rest/models/catalog shows it: a bare array, the owner in publisher. */
    @Test
    void readsGitHubModelsCatalogWithItsPublisherAsOwner() {
        assertThat(decode("[{\"id\":\"openai/gpt-4.1\",\"name\":\"OpenAI GPT-4.1\",\"publisher\":\"OpenAI\","
                          + "\"registry\":\"azure-openai\",\"summary\":\"gpt-4.1 outperforms gpt-4o across the board\","
                          + "\"html_url\":\"https://github.com/marketplace/models/azure-openai/gpt-4-1\","
                          + "\"version\":\"2025-04-14\",\"capabilities\":[\"streaming\",\"tool-calling\"],"
                          + "\"limits\":{\"max_input_tokens\":1048576,\"max_output_tokens\":32768},"
                          + "\"rate_limit_tier\":\"high\",\"supported_input_modalities\":[\"text\",\"image\",\"audio\"],"
                          + "\"supported_output_modalities\":[\"text\"],"
                          + "\"tags\":[\"multipurpose\",\"multilingual\",\"multimodal\"]}]"))
                .containsExactly(new UpstreamModel("openai/gpt-4.1", "OpenAI", 0));
    }

    @Test
    void anErrorBodyIsAnUpstreamError() {
        assertThatThrownBy(() -> decode("{\"error\":{\"message\":\"invalid key\"}}"))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("invalid key");
    }

    @Test
    void encodesAListTheSpecAccepts() throws Exception {
        final byte[] json = OpenAiModels.encodeList(List.of(
                Model.newBuilder().setId("openai/gpt-4o").setOwnedBy("system").setCreated(1715367049L)
                     .setProvider("openai").setUpstreamId("gpt-4o").build(),
                Model.newBuilder().setId("ollama/llama3").setProvider("ollama").setUpstreamId("llama3").build()));
        OpenAiSpec.assertValid("ListModelsResponse", json);
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(
                "{\"object\":\"list\",\"data\":[" +
                "{\"id\":\"openai/gpt-4o\",\"object\":\"model\",\"created\":1715367049,\"owned_by\":\"system\"}," +
                "{\"id\":\"ollama/llama3\",\"object\":\"model\",\"created\":0,\"owned_by\":\"ollama\"}]}"));
        OpenAiSpec.assertValid("ListModelsResponse", OpenAiModels.encodeList(List.of()));
    }

    @Test
    void encodesOneModelTheSpecAccepts() throws Exception {
        final byte[] json = OpenAiModels.encodeModel(
                Model.newBuilder().setId("anthropic/claude").setProvider("anthropic").build());
        OpenAiSpec.assertValid("Model", json);
        assertThat(MAPPER.readTree(json).get("owned_by").asText()).isEqualTo("anthropic");
    }
}
