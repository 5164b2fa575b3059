package dev.switchboard.transcoder.openai;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.v1.Failover;
import dev.switchboard.v1.GatewayInfo;

/**
 * The gateway's own account of a request, as a {@code switchboard} object on the final chunk of
 * a stream that switched targets: which provider finished it, after how many attempts, and each
 * switch. OpenAI clients ignore unknown fields, so this is safe to add.
 */
final class GatewayJson {
    private GatewayJson() {}

    static void write(JsonGenerator g, GatewayInfo info) throws IOException {
        g.writeObjectFieldStart("switchboard");
        g.writeStringField("provider", info.getProvider());
        g.writeStringField("model", info.getUpstreamModel());
        g.writeNumberField("attempts", info.getAttempts());
        if (!info.getAlias().isEmpty()) {
            g.writeStringField("alias", info.getAlias());
        }
        g.writeArrayFieldStart("failovers");
        for (Failover f : info.getFailoversList()) {
            g.writeStartObject();
            g.writeStringField("from", f.getFrom());
            g.writeStringField("to", f.getTo());
            g.writeStringField("reason", f.getReason());
            g.writeBooleanField("mid_stream", f.getMidStream());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
