package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/** Bad client input is an invalid-request error whose message names the field. */
class OpenAiChatRequestDecoderErrorsTest {
    private static final String USER = "{\"role\":\"user\",\"content\":\"hi\"}";

    private static GatewayException reject(String body) {
        final Throwable t = catchThrowable(
                () -> OpenAiChatRequestDecoder.decode(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(t).isInstanceOf(GatewayException.class);
        final GatewayException e = (GatewayException) t;
        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        return e;
    }

    /** A request around one message, with further top-level fields. */
    private static String request(String message, String more) {
        return "{\"model\":\"m\",\"messages\":[" + message + "]" + more + "}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"model\":\"m\",\"messages\":[]}` | messages: must contain at least one message",
            "`{\"messages\":[" + USER + "]}` | model: required",
            "`{\"model\":\"\",\"messages\":[" + USER + "]}` | model: required",
            "`{\"model\":\"m\"}` | messages: required",
            "`{\"model\":\"m\",\"messages\":null}` | messages: required",
            "`{\"model\":\"m\",\"messages\":{}}` | messages: expected an array, got an object",
            "`{\"model\":7,\"messages\":[" + USER + "]}` | model: expected a string, got a number",
            "`[1]` | request body: expected an object, got an array",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"temperature\":\"hot\"}` | temperature: expected a number, got a string",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"top_p\":1e999}` | top_p: out of range",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"max_tokens\":1.5}` | max_tokens: expected an integer, got a number",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"max_tokens\":99999999999}` | max_tokens: 99999999999 is out of range",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"stream\":\"yes\"}` | stream: expected a boolean, got a string",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"stop\":[\"a\",1]}` | stop[1]: expected a string, got a number",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"stop\":5}` | stop: expected a string or an array, got a number",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"metadata\":{\"k\":1}}` | metadata.k: expected a string, got a number",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"tool_choice\":\"always\"}` | tool_choice: unknown value 'always' (expected: auto, none, required or an object)",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"tool_choice\":{\"type\":\"allowed_tools\"}}` | tool_choice.type: unsupported type 'allowed_tools'",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"tool_choice\":{\"type\":\"function\"}}` | tool_choice.function.name: required",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"response_format\":{\"type\":\"xml\"}}` | response_format.type: unknown type 'xml'",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"response_format\":{\"type\":\"json_schema\"}}` | response_format.json_schema: required",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"tools\":[{\"function\":{\"name\":\"f\"}}]}` | tools[0].type: required",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"tools\":[{\"type\":\"function\",\"function\":{}}]}` | tools[0].function.name: required",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":[]}}]}` | tools[0].function.parameters: expected an object, got an array",
            "`{\"model\":\"m\",\"messages\":[" + USER + ",{\"content\":\"x\"}]}` | messages[1].role: required",
            "`{\"model\":\"m\",\"messages\":[" + USER + ",7]}` | messages[1]: expected an object, got a number",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\"}]}` | messages[0].content: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":null}]}` | messages[0].content: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"content\":null}]}` | messages[0].content: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":{}}]}` | messages[0].content: expected a string or an array, got an object",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}]}` | messages[0].tool_call_id: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"x\"}]}]}` | messages[0].content[0].type: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\"}]}]}` | messages[0].content[0].text: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":1}]}]}` | messages[0].content[0].text: expected a string, got a number",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{}}]}]}` | messages[0].content[0].image_url.url: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":7}]}]}` | messages[0].content[0].image_url: expected an object or a string, got a number",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}]}` | messages[0].content[0].input_audio: required",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"strict\":\"yes\"}}]}` | tools[0].function.strict: expected a boolean, got a string",
            "`{\"model\":\"m\",\"messages\":[" + USER + "],\"tools\":[{\"type\":\"function\"}]}` | tools[0].function: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,@@@\"}}]}]}` | messages[0].content[0].image_url.url: expected a base64 data URL",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"input_audio\":{\"data\":\"!!\"}}]}]}` | messages[0].content[0].input_audio.data: expected base64",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file\":{}}]}]}` | messages[0].content[0].file: file_id or file_data required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"custom\",\"custom\":{}}]}]}` | messages[0].tool_calls[0].type: unsupported tool call type 'custom'",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}]}]}` | messages[0].tool_calls[0].id: required",
            "`{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"function\":{\"arguments\":\"{}\"}}]}]}` | messages[0].tool_calls[0].function.name: required",
    })
    void namesTheField(String body, String message) {
        assertThat(reject(body).getMessage()).isEqualTo(message);
    }

    @Test
    void unknownRoleIsNamedWithItsPosition() {
        final String body = request(USER + "," + USER + ",{\"role\":\"robot\",\"content\":\"beep\"}", "");
        assertThat(reject(body).getMessage()).isEqualTo("messages[2].role: unknown role 'robot'");
    }

    @Test
    void aHugeRoleIsNotEchoedBack() {
        final String body = request("{\"role\":\"" + "x".repeat(100_000) + "\",\"content\":\"hi\"}", "");
        assertThat(reject(body).getMessage()).startsWith("messages[0].role: unknown role 'xxx").hasSizeLessThan(100);
    }

    @Test
    void malformedJsonDoesNotEchoTheBody() {
        final String secret = "sk-" + "y".repeat(5000);
        final GatewayException e = reject("{\"model\":\"m\",\"messages\":[" + USER + "],\"x\":\"" + secret + "\" oops}");
        assertThat(e.getMessage()).startsWith("malformed JSON: ").contains("line 1").doesNotContain("yyyyyyyyyy");
        assertThat(reject("{\"model\":").getMessage()).startsWith("malformed JSON: ");
        assertThat(reject("").getMessage()).isEqualTo("malformed JSON: empty body");
    }

    @Test
    void trailingContentIsMalformed() {
        assertThat(reject(request(USER, "") + " {}").getMessage())
                .isEqualTo("malformed JSON: unexpected content after the top-level value");
    }

    @Test
    void anAssistantTurnWithOnlyToolCallsOrARefusalMayLeaveContentOut() {
        assertDecodes(request(
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\"," +
                "\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}", ""));
        assertDecodes(request("{\"role\":\"assistant\",\"content\":null,\"refusal\":\"no\"}", ""));
    }

    private static void assertDecodes(String body) {
        OpenAiChatRequestDecoder.decode(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidBase64InAFileIsRejected() {
        assertThatThrownBy(() -> OpenAiChatRequestDecoder.decode(request(
                "{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file\":{\"file_data\":\"%%%\"}}]}", "")
                .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("messages[0].content[0].file.file_data: expected base64 or a data URL");
    }
}
