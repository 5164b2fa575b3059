package dev.switchboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChainTest {
    @Test
    void encodesAnEntryAsDocumented() {
        final Map<String, String> changes = new LinkedHashMap<>();
        changes.put("z", "1");
        changes.put("b", "é");
        final AuditEvent e = new AuditEvent(Instant.ofEpochMilli(0x0102), "ab", "", "c", "d", "e", "ok", changes);

        // Written by hand from the class comment: int64 seq, int64 time, six length-prefixed
        // strings, the change count, then the changes sorted by name ("b" before "z").
        final String expected = "0000000000000007" + "0000000000000102"
                                + "00000002" + "6162" + "00000000" + "00000001" + "63" + "00000001" + "64"
                                + "00000001" + "65" + "00000002" + "6f6b"
                                + "00000002"
                                + "00000001" + "62" + "00000002" + "c3a9"
                                + "00000001" + "7a" + "00000001" + "31";
        assertThat(HexFormat.of().formatHex(Chain.canonical(7, e))).isEqualTo(expected);
    }

    @Test
    void hashesThePreviousHashBytesThenTheEntry() throws Exception {
        final AuditEvent e = new AuditEvent(Instant.EPOCH, "a", "b", "c", "d", "e", "ok", Map.of());
        final MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(new byte[32]);
        sha.update(Chain.canonical(1, e));
        assertThat(Chain.hash(Chain.GENESIS, 1, e)).isEqualTo(HexFormat.of().formatHex(sha.digest()));
        assertThat(Chain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void movingABoundaryBetweenFieldsChangesTheBytes() {
        final AuditEvent one = new AuditEvent(Instant.EPOCH, "ab", "c", "", "x", "y", "ok", Map.of());
        final AuditEvent two = new AuditEvent(Instant.EPOCH, "a", "bc", "", "x", "y", "ok", Map.of());
        final AuditEvent three = new AuditEvent(Instant.EPOCH, "a", "bc", "", "x", "y", "ok", Map.of("k", "v"));
        final AuditEvent four = new AuditEvent(Instant.EPOCH, "a", "bc", "", "x", "y", "ok", Map.of("kv", ""));
        assertThat(Chain.hash(Chain.GENESIS, 1, one)).isNotEqualTo(Chain.hash(Chain.GENESIS, 1, two));
        assertThat(Chain.hash(Chain.GENESIS, 1, three)).isNotEqualTo(Chain.hash(Chain.GENESIS, 1, four));
        assertThat("é".getBytes(StandardCharsets.UTF_8)).hasSize(2);
    }
}
