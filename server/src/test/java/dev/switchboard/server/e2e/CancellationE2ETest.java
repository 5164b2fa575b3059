package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;

/** A client that goes away mid-stream makes the gateway abandon the upstream request. */
class CancellationE2ETest {
    static final String KEY = "sk-cancel-upstream-0a0b";

    @TempDir
    Path dataDir;

    @Test
    void restClientDisconnectCancelsTheUpstream() throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(KEY); TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("local", upstream.baseUrl(), KEY);
            final String body = "{\"model\":\"local/hang-stream\",\"stream\":true,"
                                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
            // A raw socket: the most literal client that hangs up mid-stream.
            try (Socket socket = new Socket("127.0.0.1", gw.port())) {
                final OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           + "Authorization: Bearer " + TestGateway.ADMIN_KEY + "\r\n"
                           + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                           + body).getBytes(StandardCharsets.UTF_8));
                out.flush();
                final InputStream in = socket.getInputStream();
                final StringBuilder seen = new StringBuilder();
                final byte[] buf = new byte[1024];
                while (!seen.toString().contains("\"Hel\"")) {
                    final int n = in.read(buf);
                    assertThat(n).as("response ended early: " + seen).isPositive();
                    seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
                assertThat(seen.toString()).startsWith("HTTP/1.1 200");
                assertThat(upstream.streamAbandoned).isNotDone();
            }
            assertThat(upstream.streamAbandoned.get(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void grpcCancelCancelsTheUpstream() throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(KEY); TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("local", upstream.baseUrl(), KEY);
            final ManagedChannel channel = gw.channel();
            try {
                final CountDownLatch firstChunk = new CountDownLatch(1);
                final Context.CancellableContext call = Context.current().withCancellation();
                call.run(() -> InferenceGrpc.newStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                        .streamChatCompletion(ChatCompletionRequest.newBuilder().setModel("local/hang-stream")
                                .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                                    .addContent(ContentPart.newBuilder().setText("hi"))).build(),
                                new StreamObserver<ChatCompletionChunk>() {
                                    @Override
                                    public void onNext(ChatCompletionChunk value) {
                                        firstChunk.countDown();
                                    }

                                    @Override
                                    public void onError(Throwable t) {}

                                    @Override
                                    public void onCompleted() {}
                                }));
                assertThat(firstChunk.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(upstream.streamAbandoned).isNotDone();
                call.cancel(null);
                assertThat(upstream.streamAbandoned.get(10, TimeUnit.SECONDS)).isNotNull();
            } finally {
                TestGateway.shutdown(channel);
            }
        }
    }
}
