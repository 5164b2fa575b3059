package dev.switchboard.transcoder.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an error reported inside a begun answer means, from each provider's codes and types. */
class InBandErrorsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            // OpenRouter: the code is the HTTP status (its "Errors" reference)
            "400, null, INVALID_REQUEST, FINAL",
            "402, null, UPSTREAM_ERROR, FINAL",
            "403, null, UPSTREAM_ERROR, FINAL",
            "404, null, NOT_FOUND, FINAL",
            "408, null, UPSTREAM_TIMEOUT, UNSAID",
            "429, null, RATE_LIMITED, UNSAID",
            "502, null, UPSTREAM_ERROR, UNSAID",
            "503, null, UPSTREAM_UNAVAILABLE, UNSAID",
            // its streaming example: a name as the code
            "server_error, null, UPSTREAM_ERROR, UNSAID",
            // Anthropic's error event types
            "null, invalid_request_error, INVALID_REQUEST, FINAL",
            "null, request_too_large, REQUEST_TOO_LARGE, FINAL",
            "null, overloaded_error, UPSTREAM_UNAVAILABLE, UNSAID",
            "null, api_error, UPSTREAM_ERROR, UNSAID",
            "null, rate_limit_error, RATE_LIMITED, UNSAID",
            // Google's status names with their codes
            "400, INVALID_ARGUMENT, INVALID_REQUEST, FINAL",
            "null, RESOURCE_EXHAUSTED, RATE_LIMITED, UNSAID",
            "null, UNAVAILABLE, UPSTREAM_UNAVAILABLE, UNSAID",
            // nothing said
            "null, null, UPSTREAM_ERROR, UNSAID",
            "weird, null, UPSTREAM_ERROR, UNSAID" })
    void classifiesByCodeThenType(String code, String type, ErrorKind kind, RetryAdvice advice) {
        final GatewayException e = InBandErrors.of(code, type, "upstream error: x", null);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.retryAdvice()).isEqualTo(advice);
        assertThat(e.getMessage()).isEqualTo("upstream error: x");
    }
}
