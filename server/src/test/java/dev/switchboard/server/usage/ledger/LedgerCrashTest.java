package dev.switchboard.server.usage.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.Main;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * The crash test: the real gateway in a child JVM under load, killed with SIGKILL, its
 * data directory reopened. No row is there twice, the rollups equal the raw rows, and the only
 * answered requests missing are those answered within the last flush (its interval and the write).
 */
class LedgerCrashTest {
    private static final Duration FLUSH = LedgerSettings.DEFAULT_FLUSH_INTERVAL;
    /** A batch collected at the end of the interval is on disk once its transaction commits. */
    private static final Duration WRITE_ALLOWANCE = Duration.ofMillis(250);
    private static final String UPSTREAM_KEY = "sk-crash-upstream-0123456789";
    private static final int CLIENTS = 6;

    @TempDir
    Path tmp;

    @Test
    void killMinusNineLosesOnlyTheLastFlushIntervalAndCountsNothingTwice() throws Exception {
        final Path dataDir = tmp.resolve("data");
        final int port = freePort();
        final Path log = tmp.resolve("gateway.log");
        try (FakeUpstream upstream = new FakeUpstream(UPSTREAM_KEY)) {
            final ProcessBuilder child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                    "--port", String.valueOf(port), "--data-dir", dataDir.toString(),
                    "--usage-flush-interval", FLUSH.toMillis() + "ms")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            child.environment().put("SWITCHBOARD_ADMIN_KEY", TestGateway.ADMIN_KEY);
            final Process gateway = child.start();
            final Map<String, Long> answered = new ConcurrentHashMap<>();
            final long killedAt;
            try {
                final WebClient admin = WebClient.builder("http://127.0.0.1:" + port)
                                                 .addHeader("authorization", "Bearer " + TestGateway.ADMIN_KEY).build();
                awaitHealthy(admin, gateway, log);
                assertThat(post(admin, "/admin/v1/providers", "{\"name\":\"local\",\"preset\":\"custom\",\"base_url\":\""
                                                              + upstream.baseUrl() + "\",\"api_key\":\"" + UPSTREAM_KEY
                                                              + "\"}").status().code()).isEqualTo(200);
                final AtomicBoolean stop = new AtomicBoolean();
                final List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    final int client = c;
                    final Thread thread = new Thread(() -> {
                        for (int i = 0; !stop.get(); i++) {
                            final String model = "local/crash-" + client + '-' + i;
                            try {
                                final AggregatedHttpResponse res = post(admin, "/v1/chat/completions",
                                        "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"
                                        + (i % 2 == 0 ? "" : ",\"stream\":true") + '}');
                                if (res.status().code() == 200) {
                                    answered.put(model, System.nanoTime());
                                }
                            } catch (RuntimeException e) {
                                return; // the gateway is gone
                            }
                        }
                    });
                    thread.start();
                    clients.add(thread);
                }
                Thread.sleep(3_000);
                killedAt = System.nanoTime();
                gateway.destroyForcibly();
                assertThat(gateway.waitFor(10, TimeUnit.SECONDS)).isTrue();
                stop.set(true);
                for (Thread t : clients) {
                    t.join(10_000);
                }
            } finally {
                gateway.destroyForcibly();
            }
            assertThat(answered).as("requests answered before the kill").hasSizeGreaterThan(50);

            try (Storage storage = Storage.open(dataDir, null)) {
                final List<String> written = storage.jdbi().withHandle(h -> h.createQuery(
                        "SELECT requested_model FROM usage_records").mapTo(String.class).list());
                assertThat(LedgerChecks.duplicateIds(storage.jdbi())).isEmpty();
                assertThat(new HashSet<>(written)).hasSameSizeAs(written);
                assertThat(LedgerChecks.assertRollupsEqualRawSums(storage.jdbi())).isEqualTo(written.size());

                final Set<String> lost = new HashSet<>(answered.keySet());
                lost.removeAll(written);
                final long window = FLUSH.plus(WRITE_ALLOWANCE).toNanos();
                final long answeredInWindow = answered.values().stream().filter(t -> t >= killedAt - window).count();
                final long oldestLostMs = lost.stream().mapToLong(m -> killedAt - answered.get(m)).max().orElse(0)
                                          / 1_000_000;
                System.out.printf("ledger crash: %d answered, %d written, %d lost (answered within %d ms before the "
                                  + "kill: %d; the oldest lost row was answered %d ms before it)%n", answered.size(),
                                  written.size(), lost.size(), TimeUnit.NANOSECONDS.toMillis(window),
                                  answeredInWindow, oldestLostMs);
                assertThat(lost.size()).isLessThanOrEqualTo((int) answeredInWindow);
                assertThat(lost).allSatisfy(m -> assertThat(answered.get(m)).isGreaterThanOrEqualTo(killedAt - window));
            }
        }
    }

    private static AggregatedHttpResponse post(WebClient client, String path, String json) {
        return client.execute(HttpRequest.of(RequestHeaders.builder(HttpMethod.POST, path)
                                                           .contentType(MediaType.JSON_UTF_8).build(),
                                             com.linecorp.armeria.common.HttpData.ofUtf8(json)))
                     .aggregate().join();
    }

    private static void awaitHealthy(WebClient client, Process gateway, Path log) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!gateway.isAlive()) {
                throw new AssertionError("the gateway exited: " + tail(log));
            }
            try {
                if (client.get("/health").aggregate().join().status().code() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the gateway did not start within 20 s: " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        final List<String> lines = Files.readAllLines(log);
        return String.join("\n",
                           lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
