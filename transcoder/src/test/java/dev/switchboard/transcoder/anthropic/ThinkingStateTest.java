package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

/** Provider state survives the trip out to an Anthropic client and back, whoever produced it. */
class ThinkingStateTest {

    @Test
    void anthropicSignaturesGoOutBareAndComeBackTagged() {
        final ThinkingState.Wire wire = ThinkingState.encode(ByteString.copyFromUtf8("anthropic:EqQBCkYIBxgC"));
        assertThat(wire).isEqualTo(new ThinkingState.Wire("EqQBCkYIBxgC", false));
        assertThat(ThinkingState.signature(wire.value()).toStringUtf8()).isEqualTo("anthropic:EqQBCkYIBxgC");
    }

    @Test
    void redactedThinkingGoesOutAsDataAndComesBackRedacted() {
        final ThinkingState.Wire wire = ThinkingState.encode(ByteString.copyFromUtf8("anthropic:redacted:ENCRYPTED"));
        assertThat(wire).isEqualTo(new ThinkingState.Wire("ENCRYPTED", true));
        assertThat(ThinkingState.redacted(wire.value()).toStringUtf8()).isEqualTo("anthropic:redacted:ENCRYPTED");
    }

    @Test
    void otherProvidersStateRoundTripsUnchanged() {
        final ByteString gemini = ByteString.copyFromUtf8("gemini:CiQB0e2Kb+/x==");
        final ThinkingState.Wire wire = ThinkingState.encode(gemini);
        assertThat(wire.value()).startsWith("sbps_").doesNotContain("+", "/", "=");
        assertThat(ThinkingState.signature(wire.value())).isEqualTo(gemini);
        assertThat(ThinkingState.redacted(wire.value())).isEqualTo(gemini);
    }

    @Test
    void noStateIsAnEmptySignature() {
        assertThat(ThinkingState.encode(ByteString.EMPTY).value()).isEmpty();
        assertThat(ThinkingState.signature("")).isEqualTo(ByteString.EMPTY);
    }
}
