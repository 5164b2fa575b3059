package dev.switchboard.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.TlsKeyPair;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dev.switchboard.server.storage.StartupException;
import dev.switchboard.server.testing.Pem;

class ServingTlsTest {
    static final TlsKeyPair A = TlsKeyPair.ofSelfSigned("a.test");
    static final TlsKeyPair B = TlsKeyPair.ofSelfSigned("b.test");

    @TempDir
    Path dir;
    Path cert;
    Path key;
    ScheduledExecutorService scheduler;
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    int tick;

    @BeforeEach
    void setUp() {
        cert = dir.resolve("cert.pem");
        key = dir.resolve("key.pem");
        scheduler = Executors.newSingleThreadScheduledExecutor();
        logs.start();
        ((Logger) LoggerFactory.getLogger(ServingTls.class)).addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(ServingTls.class)).detachAppender(logs);
        scheduler.shutdownNow();
    }

    @Test
    void servesTheNewPairOnceTheFilesChange() throws Exception {
        write(Pem.certificate(leaf(A)), Pem.privateKey(A));
        try (ServingTls tls = ServingTls.start(cert, key, scheduler, Duration.ofHours(1))) {
            assertThat(tls.keyPair("any")).isEqualTo(A);
            tls.refresh();
            assertThat(tls.certificate()).isEqualTo(leaf(A));

            write(Pem.certificate(leaf(B)), Pem.privateKey(B));
            tls.refresh();
            assertThat(tls.certificate()).isEqualTo(leaf(B));
            assertThat(tls.keyPair("any").privateKey()).isEqualTo(B.privateKey());
        }
    }

    @Test
    void pollsTheFilesOnItsOwn() throws Exception {
        write(Pem.certificate(leaf(A)), Pem.privateKey(A));
        try (ServingTls tls = ServingTls.start(cert, key, scheduler, Duration.ofMillis(50))) {
            write(Pem.certificate(leaf(B)), Pem.privateKey(B));
            final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!tls.certificate().equals(leaf(B)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(tls.certificate()).isEqualTo(leaf(B));
        }
    }

    @Test
    void aBadOrMismatchedPairKeepsTheOldOneAndTheLogNeverShowsTheKey() throws Exception {
        write(Pem.certificate(leaf(A)), Pem.privateKey(A));
        try (ServingTls tls = ServingTls.start(cert, key, scheduler, Duration.ofHours(1))) {
            write(Pem.certificate(leaf(B)), Pem.privateKey(A));
            tls.refresh();
            assertThat(tls.certificate()).isEqualTo(leaf(A));

            // Half-written: the key file cut short, as a copy still in progress leaves it.
            final String fullKey = Pem.privateKey(B);
            final String brokenKey = fullKey.substring(0, fullKey.length() / 2);
            write(Pem.certificate(leaf(B)), brokenKey);
            tls.refresh();
            assertThat(tls.certificate()).isEqualTo(leaf(A));

            write("not a certificate", Pem.privateKey(B));
            tls.refresh();
            assertThat(tls.keyPair("any")).isEqualTo(A);
        }
        assertThat(logs.list).filteredOn(e -> e.getLevel().toString().equals("WARN")).hasSize(3)
                             .allSatisfy(e -> assertThat(e.getFormattedMessage())
                                     .contains("still serving the previous certificate"));
        final String keyBody = Pem.privateKey(A).lines().skip(1).findFirst().orElseThrow();
        final String keyBodyB = Pem.privateKey(B).lines().skip(1).findFirst().orElseThrow();
        assertThat(logs.list).allSatisfy(e -> assertThat(e.getFormattedMessage() + e.getThrowableProxy())
                .doesNotContain(keyBody).doesNotContain(keyBodyB));
        assertThat(logs.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }

    @Test
    void anUnusablePairFailsTheStartNamingTheFlags() throws Exception {
        assertThatThrownBy(() -> ServingTls.start(cert, key, scheduler, Duration.ofHours(1)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("--tls-cert").hasMessageContaining("no such file");
        write(Pem.certificate(leaf(A)), Pem.privateKey(B));
        assertThatThrownBy(() -> ServingTls.start(cert, key, scheduler, Duration.ofHours(1)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("the key does not belong to the certificate");
    }

    /** Writes both files with modification times no earlier write had, as a renewal would. */
    private void write(String certPem, String keyPem) throws Exception {
        Files.writeString(cert, certPem);
        Files.writeString(key, keyPem);
        final FileTime t = FileTime.from(Instant.now().plusSeconds(++tick));
        Files.setLastModifiedTime(cert, t);
        Files.setLastModifiedTime(key, t);
    }

    private static java.security.cert.X509Certificate leaf(TlsKeyPair pair) {
        return pair.certificateChain().get(0);
    }
}
