package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.format.UpstreamError;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;

class OpenAiErrorsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static UpstreamError parse(int status, String body) {
        return UpstreamError.parse(status, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesOpenAisErrorBody() throws Exception {
        final byte[] body = OpenAiErrors.encode(ErrorKind.RATE_LIMITED, "rate_limit_exceeded", "slow down");
        OpenAiSpec.assertValid("ErrorResponse", body);
        assertThat(MAPPER.readTree(body)).isEqualTo(MAPPER.readTree(
                "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_error\",\"param\":null," +
                "\"code\":\"rate_limit_exceeded\"}}"));
        final byte[] noCode = OpenAiErrors.encode(ErrorKind.INVALID_REQUEST, null, "bad");
        OpenAiSpec.assertValid("ErrorResponse", noCode);
        assertThat(MAPPER.readTree(noCode).at("/error/code").isNull()).isTrue();
    }

    @Test
    void parsesTheRecordedOpenAiError() {
        final UpstreamError e = UpstreamError.parse(
                400, Fixtures.bytes("openai/chat/vercel-error-reasoning-model-legacy-parameter.json"));
        assertThat(e).isEqualTo(new UpstreamError(
                "Unsupported parameter: 'max_tokens' is not supported with this model. " +
                "Use 'max_completion_tokens' instead.", "invalid_request_error", "unsupported_parameter"));
    }

    @Test
    void parsesTheRecordedGemini429() {
        final UpstreamError e =
                UpstreamError.parse(429, Fixtures.bytes("gemini/vercel-google-429-retry-info.json"));
        assertThat(e).isEqualTo(new UpstreamError("You exceeded your current quota, please check your plan.",
                                                  "RESOURCE_EXHAUSTED", "429"));
    }

    @Test
    void parsesGeminiStyleArrays() {
        assertThat(parse(404, "[{\"error\":{\"code\":404,\"message\":\"models/x is not found\",\"status\":\"NOT_FOUND\"}}]"))
                .isEqualTo(new UpstreamError("models/x is not found", "NOT_FOUND", "404"));
    }

    @Test
    void parsesStringErrorsBareMessagesAndDetail() {
        assertThat(parse(500, "{\"error\":\"model crashed\"}")).isEqualTo(new UpstreamError("model crashed", null, null));
        assertThat(parse(400, "{\"message\":\"bad input\",\"type\":\"invalid\"}"))
                .isEqualTo(new UpstreamError("bad input", "invalid", null));
        assertThat(parse(422, "{\"detail\":\"field required\"}")).isEqualTo(new UpstreamError("field required", null, null));
    }

    @Test
    void fallsBackToTheTextOrTheStatus() {
        assertThat(parse(502, "  <html><body>Bad Gateway</body></html>\n"))
                .isEqualTo(new UpstreamError("<html><body>Bad Gateway</body></html>", null, null));
        assertThat(parse(503, "   ")).isEqualTo(new UpstreamError("HTTP 503", null, null));
        assertThat(parse(500, "{\"unexpected\":true}").message()).isEqualTo("{\"unexpected\":true}");
        assertThat(parse(500, "x".repeat(10_000)).message()).hasSize(500);
    }
}
