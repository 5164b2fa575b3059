package dev.switchboard.server.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.Server;

import dev.switchboard.server.Main;
import dev.switchboard.server.ServerConfig;

/**
 * The training run of the class-data-sharing archive that the build ships next to the jar
 * ({@code server/pom.xml} runs this under {@code -XX:ArchiveClassesAtExit}; {@code bin/switchboard}
 * maps the archive). It starts the gateway as {@code serve} does, on loopback, in a scratch data
 * directory, in front of a small upstream in this process, and sends it what a first client would:
 * a health check, a provider registered, chat completions whole and streamed in both the OpenAI
 * and Anthropic formats, a model list. Every class those paths load is then in the archive, so
 * the first start after a build maps them instead of loading ~11,000 classes from the jar, which
 * takes 43-46% off a cold start on one core (docs/performance.md). A failed step fails the build
 * (exit status 1): the run is also a smoke test of the jar it just packaged.
 */
public final class ArchiveTraining {
    private static final String MODEL = "training/gpt-4o-mini";

    private ArchiveTraining() {}

    public static void main(String[] args) {
        int status = 0;
        try {
            train();
        } catch (Throwable t) {
            t.printStackTrace();
            status = 1;
        }
        // Armeria's shared threads would keep the JVM alive (and the build waiting) after a failure;
        // on success the archive is written at this exit.
        System.exit(status);
    }

    private static void train() throws IOException {
        final Path dataDir = Files.createTempDirectory("switchboard-training");
        final byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        final String adminKey = "sk-training-" + HexFormat.of().formatHex(random);
        final Server upstream = TrainingUpstream.start();
        try (Main.Running gateway = Main.start(ServerConfig.defaults(Map.of()).withPort(0).withDataDir(dataDir)
                                                           .withAdminKey(adminKey))) {
            final WebClient client = WebClient.builder("http://127.0.0.1:" + gateway.port())
                                              .addHeader(HttpHeaderNames.AUTHORIZATION, "Bearer " + adminKey)
                                              .build();
            expectOk(client.get("/health"), "health");
            expectOk(post(client, "/admin/v1/providers",
                          "{\"name\":\"training\",\"preset\":\"custom\",\"base_url\":\"http://127.0.0.1:"
                          + upstream.activeLocalPort() + "/v1\",\"api_key\":\"sk-training-upstream\"}"),
                     "provider");
            final String messages = "\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                                    + "{\"role\":\"user\",\"content\":\"Say hello.\"}]";
            for (boolean stream : new boolean[] {false, true}) {
                expectOk(post(client, "/v1/chat/completions", "{\"model\":\"" + MODEL + "\"," + messages
                                                               + ",\"max_tokens\":16,\"stream\":" + stream + '}'),
                         stream ? "streamed chat" : "chat");
                expectOk(post(client, "/v1/messages",
                              "{\"model\":\"" + MODEL + "\",\"max_tokens\":16,\"stream\":" + stream
                              + ",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello.\"}]}"),
                         stream ? "streamed messages" : "messages");
            }
            expectOk(client.get("/v1/models"), "models");
        } finally {
            upstream.stop().join();
            deleteTree(dataDir);
        }
    }

    private static HttpResponse post(WebClient client, String path, String json) {
        return client.prepare().post(path).content(MediaType.JSON_UTF_8, json).execute();
    }

    private static void expectOk(HttpResponse res, String step) {
        final AggregatedHttpResponse answer = res.aggregate().join();
        if (answer.status().code() != 200) {
            throw new IllegalStateException("archive training: " + step + " answered " + answer.status() + ": "
                                            + answer.contentUtf8());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
