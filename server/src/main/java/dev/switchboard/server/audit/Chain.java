package dev.switchboard.server.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The link of one entry to the one before: {@code hash = SHA-256(prev || canonical)}, lower-case
 * hex, where {@code prev} is the previous entry's hash as its 32 raw bytes (32 zero bytes, shown
 * as 64 '0's, for the first entry) and {@code canonical} is, in this order and big-endian:
 * <pre>
 *   int64 seq, int64 time (epoch milliseconds),
 *   str actor, str credential, str source, str action, str resource, str outcome,
 *   uint32 number of changes, then per change, sorted by the UTF-8 bytes of its name: str name, str value
 * </pre>
 * where {@code str} is the uint32 length in bytes of the UTF-8 string followed by those bytes. The
 * lengths make the encoding unambiguous: no two different entries have the same bytes.
 */
final class Chain {
    static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private Chain() {}

    static String hash(String prevHash, long seq, AuditEvent e) {
        try {
            final MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HEX.parseHex(prevHash));
            sha.update(canonical(seq, e));
            return HEX.formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    static byte[] canonical(long seq, AuditEvent e) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(seq);
            out.writeLong(e.time().toEpochMilli());
            for (String field : List.of(e.actor(), e.credential(), e.source(), e.action(), e.resource(),
                                        e.outcome())) {
                writeString(out, field.getBytes(UTF_8));
            }
            final List<byte[][]> changes = new ArrayList<>(e.changes().size());
            for (Map.Entry<String, String> c : e.changes().entrySet()) {
                changes.add(new byte[][] {c.getKey().getBytes(UTF_8), c.getValue().getBytes(UTF_8)});
            }
            changes.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
            out.writeInt(changes.size());
            for (byte[][] c : changes) {
                writeString(out, c[0]);
                writeString(out, c[1]);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, byte[] utf8) throws IOException {
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
