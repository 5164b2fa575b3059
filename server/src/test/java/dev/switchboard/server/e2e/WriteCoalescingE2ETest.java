package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * Answers written with deferred flushes (see {@code WriteCoalescing}) still arrive whole, also
 * when the gateway closes the connection right after them, and in order when requests are
 * pipelined.
 */
class WriteCoalescingE2ETest {
    static final String KEY = "sk-coalesce-upstream-77aa";

    @TempDir
    Path dataDir;

    private static String chat(boolean stream, String connection) {
        final String body = "{\"model\":\"local/gpt-4o-mini\",\"stream\":" + stream
                            + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               + "Authorization: Bearer " + TestGateway.ADMIN_KEY + "\r\n"
               + (connection == null ? "" : "Connection: " + connection + "\r\n")
               + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    /**
     * Starts a gateway with one provider over a fake upstream, sends {@code requests} on one
     * connection and reads until the gateway closes it.
     */
    private String exchange(String requests) throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(KEY); TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("local", upstream.baseUrl(), KEY);
            return send(gw, requests);
        }
    }

    private static String send(TestGateway gw, String requests) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gw.port())) {
            socket.setSoTimeout(10_000);
            final OutputStream out = socket.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.UTF_8));
            out.flush();
            final InputStream in = socket.getInputStream();
            final ByteArrayOutputStream seen = new ByteArrayOutputStream();
            in.transferTo(seen);
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    /** The body after the head, checked against the head's Content-Length. */
    private static String wholeBody(String response) {
        final String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(contentLength(response));
        return body;
    }

    private static int contentLength(String response) {
        final String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        final int at = head.indexOf("content-length: ") + "content-length: ".length();
        final int end = head.indexOf("\r\n", at);
        return Integer.parseInt(head.substring(at, end < 0 ? head.length() : end).trim());
    }

    @Test
    void anAnswerFollowedByCloseArrivesWhole() throws Exception {
        final String res = exchange(chat(false, "close"));
        assertThat(res).startsWith("HTTP/1.1 200");
        assertThat(wholeBody(res)).contains("\"object\":\"chat.completion\"").endsWith("}");
    }

    @Test
    void aStreamFollowedByCloseArrivesWhole() throws Exception {
        final String res = exchange(chat(true, "close"));
        assertThat(res).startsWith("HTTP/1.1 200");
        assertThat(res).contains("text/event-stream").contains("\"finish_reason\":\"stop\"");
        // Chunked: the [DONE] event, then the last (empty) chunk.
        assertThat(res).contains("data: [DONE]\n\n").endsWith("0\r\n\r\n");
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        final String res = exchange(chat(false, null) + chat(true, null) + chat(false, "close"));
        final String[] answers = res.split("(?=HTTP/1\\.1 )");
        assertThat(answers).as(res).hasSize(3);
        assertThat(answers[0]).startsWith("HTTP/1.1 200").contains("\"object\":\"chat.completion\"");
        assertThat(answers[1]).startsWith("HTTP/1.1 200").contains("data: [DONE]");
        assertThat(answers[2]).startsWith("HTTP/1.1 200");
        assertThat(wholeBody(answers[2])).contains("\"object\":\"chat.completion\"");
    }
}
