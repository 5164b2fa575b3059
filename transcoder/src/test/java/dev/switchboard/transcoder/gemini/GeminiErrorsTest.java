package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.FORMAT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.switchboard.transcoder.format.UpstreamError;
import dev.switchboard.transcoder.testing.Fixtures;

/** Google's error bodies, read off the recordings. */
class GeminiErrorsTest {

    @Test
    void rateLimitCarriesTheRetryInfoDelay() {
        final UpstreamError e = FORMAT.parseError(429, Fixtures.bytes("gemini/vercel-google-429-retry-info.json"));
        assertThat(e.message()).isEqualTo("You exceeded your current quota, please check your plan.");
        assertThat(e.type()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(e.code()).as("the numeric code only repeats the HTTP status").isNull();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(34_400));
    }

    @Test
    void recordedModelNotFound() {
        final GeminiRecordings.Interaction it =
                GeminiRecordings.jsgenai("gemini/jsgenai-stream-error-404-model-not-found.json").get(0);
        assertThat(it.status()).isEqualTo(404);
        final UpstreamError e = FORMAT.parseError(404, it.response().get(0).toString().getBytes(StandardCharsets.UTF_8));
        assertThat(e.message()).startsWith("models/custom-gemini-2.0-flash is not found for API version v1beta");
        assertThat(e.type()).isEqualTo("NOT_FOUND");
        assertThat(e.retryAfter()).isNull();
    }

    @Test
    void readsTheArrayForm() {
        final UpstreamError e = FORMAT.parseError(429, ("[{\"error\":{\"code\":429,\"message\":\"Quota\",\"status\":"
                + "\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\","
                + "\"retryDelay\":\"30s\"}]}}]").getBytes(StandardCharsets.UTF_8));
        assertThat(e.message()).isEqualTo("Quota");
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsBodiesThatAreNotGooglesShape() {
        assertThat(FORMAT.parseError(502, "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8)).message())
                .isEqualTo("<html>Bad Gateway</html>");
        assertThat(FORMAT.parseError(503, new byte[0]).message()).isEqualTo("HTTP 503");
        assertThat(FORMAT.parseError(400, "{\"error\":{\"code\":400,\"status\":\"INVALID_ARGUMENT\"}}"
                .getBytes(StandardCharsets.UTF_8)).message()).isNotBlank();
    }

    @Test
    void ignoresUnreadableRetryHints() {
        final UpstreamError e = FORMAT.parseError(429, ("{\"error\":{\"message\":\"m\",\"details\":[{\"@type\":"
                + "\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"soon\"}]}}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(e.retryAfter()).isNull();
    }
}
