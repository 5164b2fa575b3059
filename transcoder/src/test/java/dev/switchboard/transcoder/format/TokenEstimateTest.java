package dev.switchboard.transcoder.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.anthropic.AnthropicFormat;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.responses.ResponsesFormat;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.EmbeddingInput;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.ImagePart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;

/** The gateway's estimate, and the seam's answer for formats that cannot embed or count. */
class TokenEstimateTest {
    static final String FOX = "The quick brown fox jumps over the lazy dog.";

    static ChatCompletionRequest.Builder ask(String text) {
        return ChatCompletionRequest.newBuilder().setModel("m").addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText(text)));
    }

    @Test
    void aKnownSentenceLandsNearItsRealCount() {
        // Gemini counted this sentence as 11 tokens (recording jsgenai-count-tokens); OpenAI's chat
        // framing adds about 7. The estimate must be in that neighbourhood, not merely positive.
        final CountTokensResponse res = TokenEstimate.estimate(ask(FOX).build());
        assertThat(res.getExact()).isFalse();
        assertThat(res.getMethod()).isEqualTo("estimate");
        assertThat(res.getInputTokens()).isBetween(11, 24);
    }

    @Test
    void growsWithTextToolsAndImages() {
        final int base = TokenEstimate.estimate(ask(FOX).build()).getInputTokens();
        final int longer = TokenEstimate.estimate(ask(FOX.repeat(100)).build()).getInputTokens();
        assertThat(longer).isBetween(base + 900, base + 1300);
        final Struct schema = Struct.newBuilder().putFields("type", Value.newBuilder().setStringValue("object").build())
                                    .build();
        final int withTool = TokenEstimate.estimate(ask(FOX).addTools(
                Tool.newBuilder().setName("get_weather").setDescription("Weather for a city").setParameters(schema))
                .build()).getInputTokens();
        assertThat(withTool).isGreaterThan(base + TokenEstimate.PER_TOOL);
        final ChatCompletionRequest image = ask(FOX).addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                .addContent(ContentPart.newBuilder().setImage(ImagePart.newBuilder().setUrl("https://x/y.png")))).build();
        assertThat(TokenEstimate.estimate(image).getInputTokens())
                .isEqualTo(base + TokenEstimate.PER_MESSAGE + TokenEstimate.IMAGE);
    }

    @Test
    void aSchemaCountsAsItsCompactJsonWithoutBeingWritten() {
        // Counted by walking the Struct (no serialisation on the event loop): the same bytes Jackson writes.
        final Struct schema = Struct.newBuilder()
                .putFields("type", Value.newBuilder().setStringValue("object").build())
                .putFields("properties", Value.newBuilder().setStructValue(Struct.newBuilder()
                        .putFields("city", Value.newBuilder().setStructValue(Struct.newBuilder()
                                .putFields("type", Value.newBuilder().setStringValue("string").build())
                                .putFields("description", Value.newBuilder().setStringValue("Zürich, 東京").build())
                                .putFields("maxLength", Value.newBuilder().setNumberValue(120).build())).build())
                        .putFields("ok", Value.newBuilder().setStructValue(Struct.newBuilder()
                                .putFields("default", Value.newBuilder().setBoolValue(false).build())
                                .putFields("const", Value.newBuilder().setNullValueValue(0).build())).build())
                        .build()).build())
                .putFields("required", Value.newBuilder().setListValue(com.google.protobuf.ListValue.newBuilder()
                        .addValues(Value.newBuilder().setStringValue("city"))
                        .addValues(Value.newBuilder().setStringValue("ok"))).build())
                .build();
        final int bytes = dev.switchboard.transcoder.common.Json.write(
                g -> dev.switchboard.transcoder.common.JsonValues.writeStruct(g, schema)).length;
        final ChatCompletionRequest without = ask(FOX).build();
        final ChatCompletionRequest with = ask(FOX).setResponseFormat(
                dev.switchboard.v1.ResponseFormat.newBuilder().setSchema(schema)).build();
        assertThat(TokenEstimate.inputTokens(with) - TokenEstimate.inputTokens(without))
                .isBetween((bytes + 3) / 4 - 1, (bytes + 3) / 4 + 1);
        assertThat(TokenEstimate.estimate(with).getInputTokens()).isEqualTo(TokenEstimate.inputTokens(with));
    }

    @Test
    void formatsWithoutEmbeddingsSaySoClearly() {
        final EmbeddingsRequest req = EmbeddingsRequest.newBuilder().setModel("m")
                .addInputs(EmbeddingInput.newBuilder().setText("x")).build();
        for (UpstreamFormat f : new UpstreamFormat[] { new AnthropicFormat(), new ResponsesFormat() }) {
            assertThatThrownBy(() -> f.encodeEmbeddings(req, "m"))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED_BY_FORMAT);
                        assertThat(e.kind().grpcCode()).isEqualTo(io.grpc.Status.Code.FAILED_PRECONDITION);
                        assertThat(e.getMessage()).isEqualTo("provider format '" + f.formatName() + "' has no embeddings");
                    });
        }
        assertThat(new OpenAiFormat().countsTokens()).isFalse();
        assertThat(new ResponsesFormat().countsTokens()).isFalse();
    }
}
