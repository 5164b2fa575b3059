package dev.switchboard.server.usage.ledger;

import static dev.switchboard.server.usage.ledger.LedgerChecks.one;
import static dev.switchboard.server.usage.ledger.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.TestGateway;

/** The gateway's own ledger: configured from its settings, and flushed by a clean shutdown. */
class LedgerWiringTest {
    @TempDir
    Path tmp;

    @Test
    void aCleanShutdownWritesEveryQueuedRowInTheGatewaysTimeZone() {
        final ServerConfig config = TestGateway.config(tmp)
                                               .withTimeZone(ZoneId.of("Asia/Tokyo"))
                                               .withLedger(LedgerSettings.DEFAULT.withFlushInterval(Duration.ofMinutes(1)));
        try (TestGateway gateway = TestGateway.start(config)) {
            // 2026-12-07T16:00Z is 01:00 on December 8 in Tokyo (+09:00, no DST).
            gateway.gateway().ledger().offer(row("queued", 1_796_659_200_000L, "alice", 10));
            assertThat(gateway.gateway().ledger().rowsWritten()).isZero();
        }
        try (Storage storage = Storage.open(tmp, null)) {
            assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records")).isOne();
            // Midnight of December 8 in Tokyo: 2026-12-07T15:00Z.
            assertThat(one(storage.jdbi(), "SELECT bucket_start FROM usage_daily")).isEqualTo(1_796_655_600_000L);
        }
    }
}
