package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * A client that gives up on a whole (non-streamed) answer makes the gateway abandon the upstream
 * request at once, and send no retry it had scheduled. The upstream's own timeout (120 s) is far
 * beyond the waits here: only the client's leaving can end its request in time. (Streams: see
 * CancellationE2ETest; here only how soon an HTTP/1.1 client's leaving a stream is acted on.)
 */
class WholeAnswerCancellationE2ETest {
    static final String KEY = "sk-cancel-whole-0c0d";
    /** Generous against the 1 s the gateway takes, so a loaded machine does not flake. */
    static final long ABANDON_WITHIN_SECONDS = 5;

    @TempDir
    Path dataDir;

    private FakeUpstream upstream;
    private TestGateway gw;

    @BeforeEach
    void start() {
        upstream = new FakeUpstream(KEY);
        gw = TestGateway.start(dataDir);
        gw.addProvider("local", upstream.baseUrl(), KEY);
    }

    @AfterEach
    void stop() {
        gw.close();
        upstream.close();
    }

    @Test
    void restClientLeavingAWholeChatCompletionCancelsTheUpstream() throws Exception {
        postAndHangUp("/v1/chat/completions",
                      "{\"model\":\"local/hang\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertUpstreamAbandoned();
    }

    @Test
    void anHttp11ClientLeavingIsActedOnWithinASecond() throws Exception {
        postAndHangUp("/v1/chat/completions",
                      "{\"model\":\"local/hang\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        // The bound itself (it takes milliseconds): Armeria alone reports an HTTP/1.1
        // connection's close to the request only a second after it happened.
        upstream.unaryAbandoned.get(1, TimeUnit.SECONDS);
    }

    @Test
    void anHttp11ClientLeavingAStreamIsActedOnWithinASecond() throws Exception {
        final String body = "{\"model\":\"local/hang-stream\",\"stream\":true,"
                            + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        try (Socket socket = new Socket("127.0.0.1", gw.port())) {
            send(socket, "/v1/chat/completions", body);
            final InputStream in = socket.getInputStream();
            final StringBuilder seen = new StringBuilder();
            final byte[] buf = new byte[1024];
            while (!seen.toString().contains("\"Hel\"")) {
                final int n = in.read(buf);
                assertThat(n).as("response ended early: " + seen).isPositive();
                seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(upstream.streamAbandoned).isNotDone();
        }
        upstream.streamAbandoned.get(1, TimeUnit.SECONDS);
    }

    @Test
    void restClientLeavingAWholeMessageCancelsTheUpstream() throws Exception {
        postAndHangUp("/v1/messages", "{\"model\":\"local/hang\",\"max_tokens\":64,"
                                      + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertUpstreamAbandoned();
    }

    @Test
    void restClientLeavingAWholeResponseCancelsTheUpstream() throws Exception {
        postAndHangUp("/v1/responses", "{\"model\":\"local/hang\",\"input\":\"hi\"}");
        assertUpstreamAbandoned();
    }

    @Test
    void restClientLeavingEmbeddingsCancelsTheUpstream() throws Exception {
        postAndHangUp("/v1/embeddings", "{\"model\":\"local/hang\",\"input\":\"hi\"}");
        assertUpstreamAbandoned();
    }

    @Test
    void grpcCancelOfAWholeChatCompletionCancelsTheUpstream() throws Exception {
        final ManagedChannel channel = gw.channel();
        try {
            final Context.CancellableContext call = Context.current().withCancellation();
            call.run(() -> InferenceGrpc.newStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                                        .createChatCompletion(chat("local/hang"), ignoring()));
            upstream.take();
            assertThat(upstream.unaryAbandoned).isNotDone();
            call.cancel(null);
            assertUpstreamAbandoned();
        } finally {
            TestGateway.shutdown(channel);
        }
    }

    @Test
    void grpcDeadlineOfAWholeChatCompletionCancelsTheUpstream() throws Exception {
        final ManagedChannel channel = gw.channel();
        try {
            assertThatThrownBy(() -> InferenceGrpc.newBlockingStub(channel)
                                                  .withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                                                  .withDeadlineAfter(1500, TimeUnit.MILLISECONDS)
                                                  .createChatCompletion(chat("local/hang")))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                            .isEqualTo(Status.Code.DEADLINE_EXCEEDED));
            assertUpstreamAbandoned();
        } finally {
            TestGateway.shutdown(channel);
        }
    }

    @Test
    void restClientLeavingBeforeAScheduledRetryPreventsTheRetry() throws Exception {
        postAndHangUp("/v1/chat/completions",
                      "{\"model\":\"local/retry-after-2\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        // The retry was due 2 s after the 429.
        Thread.sleep(3000);
        assertThat(upstream.count("retry-after-2")).isEqualTo(1);
    }

    @Test
    void grpcCancelBeforeAScheduledRetryPreventsTheRetry() throws Exception {
        final ManagedChannel channel = gw.channel();
        try {
            final Context.CancellableContext call = Context.current().withCancellation();
            call.run(() -> InferenceGrpc.newStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                                        .createChatCompletion(chat("local/retry-after-2"), ignoring()));
            upstream.take();
            call.cancel(null);
            Thread.sleep(3000);
            assertThat(upstream.count("retry-after-2")).isEqualTo(1);
        } finally {
            TestGateway.shutdown(channel);
        }
    }

    /** A raw socket, the most literal client: sends the request, waits until it reached the upstream, hangs up. */
    private void postAndHangUp(String path, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gw.port())) {
            send(socket, path, body);
            upstream.take();
            assertThat(upstream.unaryAbandoned).isNotDone();
        }
    }

    private static void send(Socket socket, String path, String body) throws Exception {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        final OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   + "Authorization: Bearer " + TestGateway.ADMIN_KEY + "\r\n"
                   + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                          .getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.flush();
    }

    private void assertUpstreamAbandoned() throws Exception {
        // Throws a TimeoutException when the upstream request is still open.
        upstream.unaryAbandoned.get(ABANDON_WITHIN_SECONDS, TimeUnit.SECONDS);
    }

    private static ChatCompletionRequest chat(String model) {
        return ChatCompletionRequest.newBuilder().setModel(model)
                                    .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                                        .addContent(ContentPart.newBuilder().setText("hi")))
                                    .build();
    }

    private static StreamObserver<ChatCompletionResponse> ignoring() {
        return new StreamObserver<>() {
            @Override
            public void onNext(ChatCompletionResponse value) {}

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onCompleted() {}
        };
    }
}
