package dev.switchboard.transcoder.anthropic;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.UpstreamCount;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.CountTokensResponse;

/**
 * Anthropic's {@code POST /messages/count_tokens}: the Messages request the chat path would send,
 * kept to the fields that endpoint takes (it refuses {@code max_tokens}, {@code stream} and the
 * sampling settings), answered with {@code {"input_tokens": N}}.
 */
final class AnthropicTokenCount {
    static final String METHOD = "anthropic_count_tokens";

    /**
     * The top-level fields of a Messages request that count_tokens accepts. output_config is among
     * them (the official SDKs' count_tokens parameters carry it): a native structured-output schema
     * costs input tokens as the forced answer tool's did.
     */
    private static final Set<String> KEPT = Set.of("model", "messages", "system", "tools", "tool_choice", "thinking",
                                                   "output_config");

    static EncodedRequest encode(ChatCompletionRequest req, String model) {
        final EncodedRequest messages = AnthropicRequestEncoder.encode(req, model, false);
        final byte[] body = Json.write(g -> {
            try (JsonParser p = Json.FACTORY.createParser(messages.body())) {
                p.nextToken();
                g.writeStartObject();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    final String field = p.currentName();
                    p.nextToken();
                    if (KEPT.contains(field)) {
                        g.writeFieldName(field);
                        g.copyCurrentStructure(p);
                    } else {
                        p.skipChildren();
                    }
                }
                g.writeEndObject();
            }
        });
        return new EncodedRequest("/messages/count_tokens", Map.of("anthropic-version", AnthropicRequestEncoder.VERSION),
                                  body, messages.droppedParams());
    }

    static CountTokensResponse decode(byte[] body) {
        return UpstreamCount.read(body, "input_tokens", METHOD);
    }

    private AnthropicTokenCount() {}
}
