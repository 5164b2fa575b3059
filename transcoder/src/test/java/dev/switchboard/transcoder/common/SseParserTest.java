package dev.switchboard.transcoder.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.testing.Fixtures;

class SseParserTest {

    private static List<SseEvent> parseWhole(byte[] body) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(body, events::add);
        parser.finish(events::add);
        return events;
    }

    private static List<SseEvent> parseByteByByte(byte[] body) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        for (int i = 0; i < body.length; i++) {
            parser.feed(body, i, 1, events::add);
        }
        parser.finish(events::add);
        return events;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsDataOnlyEventsAndDone() {
        assertThat(parseWhole(utf8("data: {\"a\":1}\n\ndata: [DONE]\n\n"))).containsExactly(
                new SseEvent(null, "{\"a\":1}"), new SseEvent(null, "[DONE]"));
    }

    @Test
    void readsEventTypesAndIgnoresCommentsIdAndRetry() {
        assertThat(parseWhole(utf8(": keep-alive\nevent: ping\nid: 7\nretry: 1000\ndata: {}\n\n" +
                                   "event: message_stop\ndata:{\"type\":\"message_stop\"}\n\n")))
                .containsExactly(new SseEvent("ping", "{}"),
                                 new SseEvent("message_stop", "{\"type\":\"message_stop\"}"));
    }

    @Test
    void joinsMultiLineDataWithNewlines() {
        assertThat(parseWhole(utf8("data: {\"a\":\ndata:  1}\ndata\n\n")))
                .containsExactly(new SseEvent(null, "{\"a\":\n 1}\n"));
    }

    @Test
    void acceptsCrLfAndLoneCrLineEndings() {
        final byte[] crlf = utf8("data: one\r\n\r\ndata: two\r\n\r\n");
        final byte[] cr = utf8("data: one\r\rdata: two\r\r");
        assertThat(parseWhole(crlf)).containsExactly(new SseEvent(null, "one"), new SseEvent(null, "two"));
        assertThat(parseByteByByte(crlf)).containsExactly(new SseEvent(null, "one"), new SseEvent(null, "two"));
        assertThat(parseWhole(cr)).containsExactly(new SseEvent(null, "one"), new SseEvent(null, "two"));
        assertThat(parseByteByByte(cr)).containsExactly(new SseEvent(null, "one"), new SseEvent(null, "two"));
    }

    @Test
    void aCrAtTheEndOfAChunkAndAnLfAtTheStartOfTheNextAreOneLineBreak() {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(utf8("data: a\r"), events::add);
        parser.feed(utf8("\ndata: b\r\n"), events::add);
        parser.feed(utf8("\r\n"), events::add);
        assertThat(events).containsExactly(new SseEvent(null, "a\nb"));
    }

    @Test
    void keepsMultiByteCharactersSplitAcrossChunks() {
        final byte[] body = utf8("data: {\"t\":\"18°C — 東京 🌧\"}\n\n");
        assertThat(parseByteByByte(body)).containsExactly(new SseEvent(null, "{\"t\":\"18°C — 東京 🌧\"}"));
    }

    @Test
    void deliversATrailingEventWithoutTerminatorOnFinish() {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(utf8("data: a\n\ndata: b"), events::add);
        assertThat(events).containsExactly(new SseEvent(null, "a"));
        parser.finish(events::add);
        assertThat(events).containsExactly(new SseEvent(null, "a"), new SseEvent(null, "b"));
    }

    @Test
    void dropsEventsWithoutDataAndStripsAByteOrderMark() {
        final byte[] body = utf8("\uFEFFevent: ping\n\ndata: x\n\n");
        assertThat(parseWhole(body)).containsExactly(new SseEvent(null, "x"));
    }

    @Test
    void capsASingleEventAt8MiB() {
        final SseParser parser = new SseParser();
        final byte[] line = utf8("data: " + "x".repeat(1024 * 1024) + "\n");
        assertThatThrownBy(() -> {
            for (int i = 0; i < 9; i++) {
                parser.feed(line, e -> {});
            }
        }).isInstanceOfSatisfying(GatewayException.class,
                                  e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR));
    }

    @Test
    void capsALineThatNeverEnds() {
        final SseParser parser = new SseParser();
        final byte[] chunk = utf8("x".repeat(1024 * 1024));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 9; i++) {
                parser.feed(chunk, e -> {});
            }
        }).isInstanceOf(GatewayException.class);
    }

    @Test
    void manyEventsUnderTheCapAreFine() {
        final SseParser parser = new SseParser();
        final byte[] event = utf8("data: " + "x".repeat(1024 * 1024) + "\n\n");
        final List<SseEvent> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            parser.feed(event, events::add);
        }
        assertThat(events).hasSize(20);
    }

    @Test
    void recordedStreamsParseTheSameWholeAndByteByByte() {
        for (String path : List.of("openai/chat/oaipy-stream-parallel-tool-calls.sse",
                                   "openai/chat/louter-stream-gpt-4o-mini-no-usage.sse")) {
            final byte[] body = Fixtures.bytes(path);
            final List<SseEvent> whole = parseWhole(body);
            assertThat(parseByteByByte(body)).isEqualTo(whole);
            assertThat(whole.get(whole.size() - 1).data()).isEqualTo("[DONE]");
            assertThat(whole).allSatisfy(e -> assertThat(e.event()).isNull());
        }
        // 26 data: lines in the parallel tool-call recording, [DONE] included.
        assertThat(parseWhole(Fixtures.bytes("openai/chat/oaipy-stream-parallel-tool-calls.sse"))).hasSize(26);
    }

    @Test
    void aRecordingRewrittenWithCrLfGivesTheSameEvents() {
        final String lf = Fixtures.string("openai/chat/oaipy-stream-text-include-usage.sse");
        final byte[] crlf = utf8(lf.replace("\n", "\r\n"));
        assertThat(parseByteByByte(crlf)).isEqualTo(parseWhole(utf8(lf)));
    }
}
