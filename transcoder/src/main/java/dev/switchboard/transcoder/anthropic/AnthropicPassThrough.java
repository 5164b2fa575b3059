package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.PassThrough;

/**
 * Anthropic content the canonical types do not model, carried as written: server tool blocks
 * ({@code server_tool_use}, {@code web_search_tool_result} and the other {@code *_tool_result}
 * kinds) and text citations. A Messages client or upstream gets them back unchanged; for every
 * other format a citation that names a web page is also a canonical URL citation.
 */
public final class AnthropicPassThrough {
    /** The {@link PassThrough#getFormat()} of everything this class makes. */
    public static final String FORMAT = "anthropic";

    /** A whole content block, {@code json} as the upstream or client wrote it. */
    public static PassThrough block(String type, String json) {
        return PassThrough.newBuilder().setFormat(FORMAT).setType(type).setJson(json).build();
    }

    /** Whether the piece is Anthropic's own, so it may go back to an Anthropic client or upstream as is. */
    public static boolean isOwn(PassThrough p) {
        return FORMAT.equals(p.getFormat());
    }

    /**
     * A text block's citation. Anthropic cites per block, so the span is the whole text ({@code
     * length} characters); web_search_result_location (and any citation with a url) names its page.
     */
    public static Citation citation(String json, int length) {
        final Citation.Builder c = Citation.newBuilder().setStartIndex(0).setEndIndex(length);
        final String[] type = { "" };
        UpstreamJson.parse(json, p -> {
            if (!UpstreamJson.isObject(p)) {
                throw new GatewayException(ErrorKind.UPSTREAM_ERROR, "a citation is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "type": type[0] = UpstreamJson.stringOrEmpty(p); break;
                    case "url": c.setUrl(UpstreamJson.stringOrEmpty(p)); break;
                    case "title": c.setTitle(UpstreamJson.stringOrEmpty(p)); break;
                    default: p.skipChildren(); break;
                }
            }
            return null;
        });
        return c.setOriginal(block(type[0], json)).build();
    }

    /** A text part with its citations, each given as JSON text. */
    public static ContentPart.Builder citedText(String text, List<String> citations) {
        final ContentPart.Builder part = ContentPart.newBuilder().setText(text);
        final int length = text.codePointCount(0, text.length());
        for (String json : citations) {
            part.addCitations(citation(json, length));
        }
        return part;
    }

    /** Copies the fields of a pass-through object into the object {@code g} is writing. */
    static void writeFields(JsonGenerator g, String json) throws IOException {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                g.writeFieldName(p.currentName());
                p.nextToken();
                g.copyCurrentStructure(p);
            }
        }
    }

    private AnthropicPassThrough() {}
}
