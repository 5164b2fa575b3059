package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.ClientRequestContext;
import com.linecorp.armeria.client.ClientRequestContextCaptor;
import com.linecorp.armeria.client.Clients;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.SessionProtocol;
import com.linecorp.armeria.common.TlsKeyPair;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.Pem;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;

/**
 * {@code --tls-cert}/{@code --tls-key}: the official OpenAI SDK and grpc-java, each trusting only
 * a certificate the test made, call the gateway over TLS on its one port; then the files are
 * replaced and the new certificate is served without a restart.
 */
class TlsE2ETest {
    static final String UPSTREAM_KEY = "sk-upstream-tls-51c0";
    static final TlsKeyPair FIRST = TlsKeyPair.ofSelfSigned("localhost");
    static final TlsKeyPair RENEWED = TlsKeyPair.ofSelfSigned("localhost");
    static final String HOLIDAY = "**Holiday Name:** Galaxy Day";

    @TempDir
    static Path dir;
    static Path cert;
    static Path key;
    static FakeUpstream upstream;
    static TestGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        cert = dir.resolve("tls/cert.pem");
        key = dir.resolve("tls/key.pem");
        Files.createDirectories(cert.getParent());
        write(FIRST, 0);
        upstream = new FakeUpstream(UPSTREAM_KEY);
        gateway = TestGateway.start(TestGateway.config(dir.resolve("data")).withTls(cert, key));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    @Test
    void clientsTrustingTheCertificateCallOverTlsAndARenewedCertificateIsServedWithoutRestart() throws Exception {
        assertThat(served()).isEqualTo(leaf(FIRST));

        // The admin API over HTTPS, HTTP/2 negotiated by ALPN.
        try (ClientFactory factory = trusting(leaf(FIRST));
             ClientRequestContextCaptor captor = Clients.newContextCaptor()) {
            final AggregatedHttpResponse res = WebClient.builder(origin()).factory(factory).build().execute(
                    HttpRequest.builder().post("/admin/v1/providers")
                               .header("authorization", "Bearer " + TestGateway.ADMIN_KEY)
                               .content(MediaType.JSON, "{\"name\":\"local\",\"preset\":\"custom\",\"base_url\":\""
                                                        + upstream.baseUrl() + "\",\"api_key\":\"" + UPSTREAM_KEY + "\"}")
                               .build()).aggregate().join();
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
            final ClientRequestContext ctx = captor.get();
            assertThat(ctx.log().whenRequestComplete().join().sessionProtocol()).isEqualTo(SessionProtocol.H2);
        }

        assertThat(openAiChat(leaf(FIRST))).startsWith(HOLIDAY);
        assertThat(grpcChat(leaf(FIRST))).startsWith(HOLIDAY);

        write(RENEWED, 10);
        final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!served().equals(leaf(RENEWED)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(served()).as("the renewed certificate is served by the same process").isEqualTo(leaf(RENEWED));
        assertThat(openAiChat(leaf(RENEWED))).startsWith(HOLIDAY);
        assertThat(grpcChat(leaf(RENEWED))).startsWith(HOLIDAY);
        assertThatThrownBy(() -> openAiChat(leaf(FIRST))).as("the old certificate is no longer served")
                                                        .hasStackTraceContaining("SSLHandshakeException");
    }

    @Test
    void plainHttpIsNotServedOnTheTlsPort() {
        assertThatThrownBy(() -> WebClient.of("http://127.0.0.1:" + gateway.port()).get("/health").aggregate().join())
                .isNotNull();
    }

    private static String origin() {
        return "https://127.0.0.1:" + gateway.port();
    }

    private static String openAiChat(X509Certificate trusted) {
        final SSLContext ctx = Pem.sslContext(trusted);
        final X509TrustManager tm = Pem.trusting(trusted);
        final OpenAIClient openai = OpenAIOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY)
                                                      .baseUrl(origin() + "/v1")
                                                      .sslSocketFactory(ctx.getSocketFactory()).trustManager(tm)
                                                      .maxRetries(0).build();
        try {
            final ChatCompletion c = openai.chat().completions().create(
                    ChatCompletionCreateParams.builder().model("local/gpt-4o-mini").addUserMessage("Invent a holiday")
                                              .build());
            return c.choices().get(0).message().content().orElseThrow();
        } finally {
            openai.close();
        }
    }

    private static String grpcChat(X509Certificate trusted) throws Exception {
        final ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", gateway.port())
                                                          .sslContext(GrpcSslContexts.forClient().trustManager(trusted)
                                                                                     .build())
                                                          .build();
        try {
            final ChatCompletionResponse res = InferenceGrpc.newBlockingStub(channel)
                    .withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                    .createChatCompletion(ChatCompletionRequest.newBuilder().setModel("local/gpt-4o-mini").addMessages(
                            Message.newBuilder().setRole(Role.ROLE_USER)
                                   .addContent(ContentPart.newBuilder().setText("Invent a holiday"))).build());
            return res.getChoices(0).getMessage().getContent(0).getText();
        } finally {
            TestGateway.shutdown(channel);
        }
    }

    private static ClientFactory trusting(X509Certificate cert) {
        return ClientFactory.builder().tlsCustomizer(b -> b.trustManager(cert)).build();
    }

    /** The leaf certificate the gateway presents now, read by a client that accepts anything. */
    private static X509Certificate served() throws Exception {
        final X509Certificate[] seen = new X509Certificate[1];
        final SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new javax.net.ssl.TrustManager[] { new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                seen[0] = chain[0];
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        } }, null);
        try (SSLSocket socket = (SSLSocket) ctx.getSocketFactory().createSocket("127.0.0.1", gateway.port())) {
            socket.startHandshake();
        }
        return seen[0];
    }

    /** Replaces both files, their times moved forward as a renewal's would be. */
    private static void write(TlsKeyPair pair, int seconds) throws Exception {
        Pem.write(pair, cert, key);
        final FileTime t = FileTime.from(Instant.now().plusSeconds(seconds));
        Files.setLastModifiedTime(cert, t);
        Files.setLastModifiedTime(key, t);
    }

    private static X509Certificate leaf(TlsKeyPair pair) {
        return pair.certificateChain().get(0);
    }
}
