package dev.switchboard.transcoder.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Embedding;

/**
 * OpenAI's {@code encoding_format: "base64"}: the vector's float32 values, little-endian, in
 * standard base64. The SDKs that ask for it by default decode it exactly this way.
 */
public final class EmbeddingVectors {

    /** The vector of {@code e}, read by index: the list view would box every float. */
    public static String toBase64(Embedding e) {
        final int n = e.getValuesCount();
        final ByteBuffer buf = ByteBuffer.allocate(n * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            buf.putFloat(e.getValues(i));
        }
        return Base64.getEncoder().encodeToString(buf.array());
    }

    /** The floats of an upstream's base64 vector. */
    public static float[] fromBase64(String base64) {
        final byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream sent an embedding that is not base64");
        }
        if (bytes.length % Float.BYTES != 0) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR,
                                       "upstream sent a base64 embedding of " + bytes.length
                                       + " bytes (expected: a multiple of 4)");
        }
        final ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        final float[] out = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getFloat();
        }
        return out;
    }

    /** Reads a JSON array of numbers into {@code e}, leniently: anything else in it is skipped. */
    public static void readFloats(JsonParser p, Embedding.Builder e) throws IOException {
        if (!UpstreamJson.isArray(p)) {
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken().isNumeric()) {
                e.addValues(p.getFloatValue());
            } else {
                p.skipChildren();
            }
        }
    }

    private EmbeddingVectors() {}
}
