package dev.switchboard.server.observe.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.observe.TelemetrySettings;

/** Where the access log goes, and that the request's side never waits for it. */
class AccessLogTest {
    static final TelemetrySettings DEFAULTS = TelemetrySettings.defaults(Map.of());
    @TempDir
    Path dir;

    @Test
    void offMeansNoWatcherAtAll() {
        assertThat(AccessLog.open(DEFAULTS.withAccessLog("off"), UnaryOperator.identity())).isNull();
    }

    @Test
    void aFileIsCreatedAppendedToAndFlushedOnClose() throws Exception {
        final Path file = dir.resolve("sub/access.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"earlier\":true}\n");
        final AccessLog log = AccessLog.open(DEFAULTS.withAccessLog(file.toString()), UnaryOperator.identity());
        for (int i = 0; i < 3; i++) {
            log.offer(new AccessEntry(AccessLineTest.log("/x", 200, null, null, null), "r-" + i, null, null));
        }
        log.close();
        assertThat(AccessLines.all(file)).extracting(l -> l.path("request_id").asText())
                                         .containsExactly("", "r-0", "r-1", "r-2");
    }

    @Test
    void aFileThatCannotBeOpenedFailsTheStartClearly() throws Exception {
        final Path notADirectory = Files.writeString(dir.resolve("plain"), "");
        assertThatThrownBy(() -> AccessLog.open(DEFAULTS.withAccessLog(notADirectory.resolve("access.jsonl").toString()),
                                                UnaryOperator.identity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--access-log: cannot open '" + notADirectory.resolve("access.jsonl") + "'");
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfWaiting() throws Exception {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final OutputStream stuck = new OutputStream() {
            @Override
            public void write(int b) {}

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        final AccessLog log = new AccessLog(stuck, false, new AccessLine(false, UnaryOperator.identity()), 2);
        final AccessEntry entry = new AccessEntry(AccessLineTest.log("/x", 200, null, null, null), "r", null, null);
        log.offer(entry);
        assertThat(writing.await(5, TimeUnit.SECONDS)).as("the writer took the first line").isTrue();
        final long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            log.offer(entry);
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
        assertThat(log.dropped()).isEqualTo(3);
        release.countDown();
        log.close();
    }
}
