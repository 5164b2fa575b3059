package dev.switchboard.transcoder.openai;


import javax.annotation.Nullable;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.error.InBandErrors;
import dev.switchboard.transcoder.format.UpstreamError;

/** OpenAI error bodies: the ones we write, and whatever error shape an upstream sends back. */
public final class OpenAiErrors {

    /** {@code {"error":{"message","type","param":null,"code"}}}, OpenAI's error body. */
    public static byte[] encode(ErrorKind kind, @Nullable String code, String message) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("message", message);
            g.writeStringField("type", kind.openAiType());
            g.writeNullField("param");
            if (code == null) {
                g.writeNullField("code");
            } else {
                g.writeStringField("code", code);
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** An error an upstream reported inside a successful response or stream. */
    static GatewayException inBody(Value error) {
        final Value wrapped = Value.newBuilder()
                                   .setStructValue(Struct.newBuilder().putFields("error", error))
                                   .build();
        final UpstreamError e = UpstreamError.fromValue(wrapped);
        if (e == null) {
            return new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream error: unreadable error");
        }
        return InBandErrors.of(e.code(), e.type(), "upstream error: " + e.message(), null);
    }

    private OpenAiErrors() {}
}
