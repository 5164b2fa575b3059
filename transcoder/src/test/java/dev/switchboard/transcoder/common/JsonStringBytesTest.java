package dev.switchboard.transcoder.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

/** The shortcut's string bytes against Jackson's own generator and parser, the reference. */
class JsonStringBytesTest {

    /** Jackson's bytes for {@code s} as a JSON string, without the quotes. */
    private static byte[] jackson(String s) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final byte[] quoted = out.toByteArray();
        return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    }

    private static String parsed(byte[] body) throws IOException {
        final byte[] quoted = new byte[body.length + 2];
        quoted[0] = '"';
        System.arraycopy(body, 0, quoted, 1, body.length);
        quoted[quoted.length - 1] = '"';
        try (JsonParser p = Json.FACTORY.createParser(quoted)) {
            p.nextToken();
            return p.getText();
        }
    }

    /** Reads {@code body} followed by a closing quote and more JSON, as in an event. */
    private static String read(byte[] body) {
        final byte[] event = new byte[body.length + 3];
        System.arraycopy(body, 0, event, 0, body.length);
        event[body.length] = '"';
        event[body.length + 1] = '}';
        event[body.length + 2] = ']';
        final JsonStringBytes strings = new JsonStringBytes();
        final String s = strings.read(event, 0, event.length);
        if (s != null) {
            assertThat(strings.end()).isEqualTo(body.length);
        }
        return s;
    }

    /** The shortcut's bytes for {@code s} alone, without head and tail. */
    private static byte[] written(String s) {
        return JsonStringBytes.write(new byte[0], s, new byte[0]);
    }

    @Test
    void writesEveryCharAsTheGeneratorDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            final String s = "a" + (char) c + "b";
            assertThat(written(s)).as("U+%04X", c).isEqualTo(jackson(s));
        }
    }

    @Test
    void writesMixedTextAsTheGeneratorDoes() {
        final Random random = new Random(42);
        final String alphabet = "ab \"\\/\n\t\u0001\u007f\u00e9\u4e2d\u2028\ud83d\ude00\ud800\udc00";
        for (int n = 0; n < 2_000; n++) {
            final StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            final String s = sb.toString();
            assertThat(written(s)).as(s).isEqualTo(jackson(s));
        }
        assertThat(written("")).isEmpty();
    }

    @Test
    void readsWhatTheGeneratorWroteBack() throws IOException {
        final Random random = new Random(7);
        final String ascii = "ab \"\\/\n\t\r\b\f\u0001\u007f";
        // Non-ASCII without escapes: Jackson escapes surrogates, and escapes next to non-ASCII are
        // the parser's (below).
        final String wide = "ab \u00e9\u4e2d\u2028";
        for (String alphabet : new String[] { ascii, wide }) {
            for (int n = 0; n < 2_000; n++) {
                final StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                final byte[] body = jackson(sb.toString());
                assertThat(read(body)).as(sb.toString()).isEqualTo(sb.toString()).isEqualTo(parsed(body));
            }
        }
    }

    @Test
    void readsRawFourByteUtf8AsTheParserDoes() throws IOException {
        final byte[] body = "smile \ud83d\ude00 \u4e2d".getBytes(StandardCharsets.UTF_8);
        assertThat(read(body)).isEqualTo("smile \ud83d\ude00 \u4e2d").isEqualTo(parsed(body));
    }

    @Test
    void readsEscapesTheGeneratorDoesNotWrite() throws IOException {
        for (String body : new String[] { "a\\/b", "\\u00e9\\u00E9", "\\ud83d\\ude00", "x\\u0041y" }) {
            final byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
            assertThat(read(bytes)).as(body).isEqualTo(parsed(bytes));
        }
    }

    @Test
    void leavesToTheParserWhatItWouldRejectOrReadDifferently() {
        final String[] bodies = {
                "raw\nnewline",          // control characters must be escaped
                "bad \\x escape",
                "short \\u12",
                "not hex \\u12G4",
                "\u00e9 and \\n",        // escapes with non-ASCII: left to the parser
        };
        for (String body : bodies) {
            assertThat(read(body.getBytes(StandardCharsets.UTF_8))).as(body).isNull();
        }
        // Malformed UTF-8: a lone continuation byte, a truncated sequence, an encoded surrogate.
        for (byte[] body : new byte[][] { { 'a', (byte) 0x80 }, { (byte) 0xE4, (byte) 0xB8 },
                                          { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } }) {
            assertThat(read(body)).isNull();
        }
        // No closing quote, or an escaped one only.
        final JsonStringBytes strings = new JsonStringBytes();
        assertThat(strings.read("abc".getBytes(StandardCharsets.US_ASCII), 0, 3)).isNull();
        assertThat(strings.read("ab\\\"".getBytes(StandardCharsets.US_ASCII), 0, 4)).isNull();
    }
}
