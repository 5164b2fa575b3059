package dev.switchboard.server.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.Gateway;
import dev.switchboard.server.Main;
import dev.switchboard.server.ServerConfig;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;

/**
 * A real gateway for a test: started through {@link Main#start} (the production wiring) on a
 * free port over a test's data directory, with a known admin key.
 */
public final class TestGateway implements AutoCloseable {
    public static final String ADMIN_KEY = "sb-test-admin-key-0123456789abcdef";

    private final Main.Running running;
    private final Path dataDir;

    private TestGateway(Main.Running running, Path dataDir) {
        this.running = running;
        this.dataDir = dataDir;
    }

    public static TestGateway start(Path dataDir) {
        return start(config(dataDir));
    }

    public static TestGateway start(ServerConfig config) {
        SecretsSeen.record(config.adminKey(), config.telemetry().metricsToken());
        return new TestGateway(Main.start(config), config.dataDir());
    }

    public static ServerConfig config(Path dataDir) {
        return ServerConfig.defaults(Map.of()).withPort(0).withDataDir(dataDir).withAdminKey(ADMIN_KEY);
    }

    /** The running Armeria server (its routes, for tests of what is served). */
    public com.linecorp.armeria.server.Server server() {
        return running.server();
    }

    public int port() {
        return running.port();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The running gateway, for what has no API of its own in a test (the keyset rotation). */
    public Gateway gateway() {
        return running.gateway();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** An HTTP client that sends the admin key. */
    public WebClient rest() {
        return WebClient.builder(baseUrl()).addHeader("authorization", "Bearer " + ADMIN_KEY).build();
    }

    public AggregatedHttpResponse post(String path, String json) {
        SecretsSeen.recordIn(json);
        return rest().execute(HttpRequest.of(RequestHeaders.builder(HttpMethod.POST, path)
                                                           .contentType(MediaType.JSON_UTF_8).build(),
                                             com.linecorp.armeria.common.HttpData.ofUtf8(json)))
                     .aggregate().join();
    }

    public AggregatedHttpResponse get(String path) {
        return rest().get(path).aggregate().join();
    }

    /** Registers an OpenAI-compatible provider through the admin REST API. */
    public void addProvider(String name, String baseUrl, String apiKey) {
        SecretsSeen.record(apiKey);
        final AggregatedHttpResponse res = post("/admin/v1/providers",
                "{\"name\":\"" + name + "\",\"preset\":\"custom\",\"base_url\":\"" + baseUrl
                + "\",\"api_key\":\"" + apiKey + "\"}");
        if (res.status().code() != 200) {
            throw new AssertionError("creating provider failed: " + res.status() + ' ' + res.contentUtf8());
        }
    }

    /** Creates a user through the admin REST API; returns its id. */
    public String createUser(String name, String role) {
        final AggregatedHttpResponse res = post("/admin/v1/users", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        if (res.status().code() != 200) {
            throw new AssertionError("creating user failed: " + res.status() + ' ' + res.contentUtf8());
        }
        return field(res, "id");
    }

    /**
     * Creates an API key for {@code user} through the admin REST API, with {@code extraJson} fields
     * (for example {@code "allowed_models":["p/*"]}) or ""; returns the secret.
     */
    public String createKey(String user, String extraJson) {
        final AggregatedHttpResponse res = post("/admin/v1/keys", "{\"user\":\"" + user + '"'
                                                                   + (extraJson.isEmpty() ? "" : "," + extraJson) + '}');
        if (res.status().code() != 200) {
            throw new AssertionError("creating key failed: " + res.status() + ' ' + res.contentUtf8());
        }
        final String secret = field(res, "secret");
        SecretsSeen.record(secret);
        return secret;
    }

    /** An HTTP client that sends {@code key} (any credential) as a bearer token. */
    public WebClient as(String key) {
        SecretsSeen.record(key);
        return WebClient.builder(baseUrl()).addHeader("authorization", "Bearer " + key).build();
    }

    /** POSTs JSON with {@code key}. */
    public AggregatedHttpResponse post(String key, String path, String json) {
        return as(key).execute(HttpRequest.of(RequestHeaders.builder(HttpMethod.POST, path)
                                                            .contentType(MediaType.JSON_UTF_8).build(),
                                              com.linecorp.armeria.common.HttpData.ofUtf8(json)))
                      .aggregate().join();
    }

    private static String field(AggregatedHttpResponse res, String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(res.contentUtf8()).get(name).asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A grpc-java channel over grpc-netty-shaded, as a real gRPC client would open it. */
    public ManagedChannel channel() {
        return NettyChannelBuilder.forAddress("127.0.0.1", port()).usePlaintext().build();
    }

    /** Call credentials carrying {@code key} as a bearer token. */
    public static CallCredentials bearer(String key) {
        return new CallCredentials() {
            @Override
            public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
                final Metadata md = new Metadata();
                md.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + key);
                applier.apply(md);
            }
        };
    }

    public static void shutdown(ManagedChannel channel) throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        running.close();
    }
}
