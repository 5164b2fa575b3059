package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
            final HttpClient client = HttpClient.newHttpClient();
            final HttpResponse<InputStream> res = client.send(
                    HttpRequest.newBuilder(URI.create(gw.baseUrl() + "/v1/chat/completions"))
                               .header("authorization", "Bearer " + TestGateway.ADMIN_KEY)
                               .header("content-type", "application/json")
                               .POST(HttpRequest.BodyPublishers.ofString(
                                       "{\"model\":\"local/hang-stream\",\"stream\":true,"
                                       + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                               .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(res.statusCode()).isEqualTo(200);
            final InputStream body = res.body();
            final byte[] buf = new byte[256];
            final int n = body.read(buf);
            assertThat(new String(buf, 0, n, StandardCharsets.UTF_8)).contains("\"Hel\"");
            assertThat(upstream.streamAbandoned).isNotDone();
            body.close();
            client.shutdownNow();
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
