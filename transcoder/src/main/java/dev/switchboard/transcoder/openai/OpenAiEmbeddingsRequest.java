package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Struct;

import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.EmbeddingInput;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.TokenIds;

/**
 * OpenAI's {@code POST /embeddings} request: read strictly from clients (input may be a string, an
 * array of strings, an array of token ids or an array of token-id arrays), written for
 * OpenAI-compatible upstreams. Unmodelled fields travel in {@code extra}.
 */
public final class OpenAiEmbeddingsRequest {
    /** OpenAI's own limit on the number of inputs in one request. */
    static final int MAX_INPUTS = 2048;

    /** Fields this codec writes itself; extra never overrides them. */
    private static final Set<String> FIELDS = Set.of("model", "input", "dimensions", "user", "encoding_format");

    /** The canonical request, and whether the client wants base64 vectors. */
    public record Decoded(EmbeddingsRequest request, boolean base64) {}

    public static Decoded decode(byte[] json) {
        return ClientJson.parse(json, OpenAiEmbeddingsRequest::read);
    }

    private static Decoded read(JsonParser p) throws IOException {
        ClientJson.expectObject(p, "request body");
        final EmbeddingsRequest.Builder b = EmbeddingsRequest.newBuilder();
        final Struct.Builder extra = Struct.newBuilder();
        boolean base64 = false;
        boolean hasInput = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "model" -> b.setModel(ClientJson.optStringOrEmpty(p, field));
                case "input" -> {
                    hasInput = !p.hasToken(JsonToken.VALUE_NULL);
                    if (hasInput) {
                        readInput(p, b);
                    }
                }
                case "dimensions" -> {
                    final Integer d = ClientJson.optInt(p, field);
                    if (d != null) {
                        if (d <= 0) {
                            throw GatewayException.invalid("dimensions: " + d + " (expected: > 0)");
                        }
                        b.setDimensions(d);
                    }
                }
                case "encoding_format" -> base64 = base64(ClientJson.optString(p, field));
                case "user" -> b.setUser(ClientJson.optStringOrEmpty(p, field));
                default -> extra.putFields(field, JsonValues.readValue(p));
            }
        }
        if (b.getModel().isEmpty()) {
            throw ClientJson.required("model");
        }
        if (!hasInput) {
            throw ClientJson.required("input");
        }
        if (extra.getFieldsCount() > 0) {
            b.setExtra(extra);
        }
        return new Decoded(b.build(), base64);
    }

    private static boolean base64(String format) {
        if (format == null || "float".equals(format)) {
            return false;
        }
        if ("base64".equals(format)) {
            return true;
        }
        throw GatewayException.invalid("encoding_format: '" + Json.abbreviate(format, 40)
                                       + "' (expected: float or base64)");
    }

    private static void readInput(JsonParser p, EmbeddingsRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            b.addInputs(text(p.getText(), "input"));
            return;
        }
        if (!p.hasToken(JsonToken.START_ARRAY)) {
            throw ClientJson.wrongType(p, "input", "a string or an array");
        }
        // The first element decides which of the three array forms this is.
        final TokenIds.Builder ids = TokenIds.newBuilder();
        JsonToken kind = null;
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            final String path = "input[" + i + ']';
            if (kind == null) {
                kind = p.currentToken();
            }
            if (kind == JsonToken.VALUE_STRING && p.hasToken(JsonToken.VALUE_STRING)) {
                b.addInputs(text(p.getText(), path));
            } else if (kind == JsonToken.VALUE_NUMBER_INT && p.currentToken().isNumeric()) {
                ids.addIds(tokenId(p, path));
            } else if (kind == JsonToken.START_ARRAY && p.hasToken(JsonToken.START_ARRAY)) {
                b.addInputs(EmbeddingInput.newBuilder().setTokens(tokenArray(p, path)));
            } else {
                throw ClientJson.wrongType(p, path, kind == JsonToken.VALUE_STRING ? "a string"
                                                    : kind == JsonToken.VALUE_NUMBER_INT ? "an integer token id"
                                                    : kind == JsonToken.START_ARRAY ? "an array of token ids"
                                                    : "a string, an integer or an array of integers");
            }
            if (++i > MAX_INPUTS) {
                throw GatewayException.invalid("input: more than " + MAX_INPUTS + " items");
            }
        }
        if (i == 0) {
            throw GatewayException.invalid("input: must not be an empty array");
        }
        if (ids.getIdsCount() > 0) {
            b.addInputs(EmbeddingInput.newBuilder().setTokens(ids));
        }
    }

    private static TokenIds tokenArray(JsonParser p, String path) throws IOException {
        final TokenIds.Builder ids = TokenIds.newBuilder();
        int j = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            ids.addIds(tokenId(p, path + '[' + j++ + ']'));
        }
        if (j == 0) {
            throw GatewayException.invalid(path + ": must not be an empty array");
        }
        return ids.build();
    }

    private static int tokenId(JsonParser p, String path) throws IOException {
        final Integer id = p.hasToken(JsonToken.VALUE_NULL) ? null : ClientJson.optInt(p, path);
        if (id == null || id < 0) {
            throw ClientJson.wrongType(p, path, "a non-negative integer token id");
        }
        return id;
    }

    private static EmbeddingInput text(String s, String path) {
        if (s.isEmpty()) {
            throw GatewayException.invalid(path + ": must not be empty");
        }
        return EmbeddingInput.newBuilder().setText(s).build();
    }

    /**
     * The body for an OpenAI-compatible upstream. One text goes as a plain string (the form every
     * compatible server accepts); vectors are left at the default float encoding.
     */
    public static byte[] encode(EmbeddingsRequest req, String model) {
        final List<EmbeddingInput> inputs = req.getInputsList();
        if (inputs.isEmpty()) {
            throw GatewayException.invalid("inputs: required");
        }
        final EmbeddingInput.InputCase kind = inputs.get(0).getInputCase();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).getInputCase() != kind || kind == EmbeddingInput.InputCase.INPUT_NOT_SET) {
                throw GatewayException.invalid("inputs[" + i + "]: every input must be text, or every input token ids");
            }
        }
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("model", model);
            g.writeFieldName("input");
            writeInput(g, inputs, kind);
            if (req.hasDimensions()) {
                g.writeNumberField("dimensions", req.getDimensions());
            }
            if (!req.getUser().isEmpty()) {
                g.writeStringField("user", req.getUser());
            }
            JsonValues.writeFields(g, req.getExtra(), FIELDS);
            g.writeEndObject();
        });
    }

    private static void writeInput(JsonGenerator g, List<EmbeddingInput> inputs, EmbeddingInput.InputCase kind)
            throws IOException {
        if (kind == EmbeddingInput.InputCase.TEXT) {
            if (inputs.size() == 1) {
                g.writeString(inputs.get(0).getText());
                return;
            }
            g.writeStartArray();
            for (EmbeddingInput in : inputs) {
                g.writeString(in.getText());
            }
            g.writeEndArray();
            return;
        }
        if (inputs.size() > 1) {
            g.writeStartArray();
        }
        for (EmbeddingInput in : inputs) {
            g.writeStartArray();
            for (int id : in.getTokens().getIdsList()) {
                g.writeNumber(id);
            }
            g.writeEndArray();
        }
        if (inputs.size() > 1) {
            g.writeEndArray();
        }
    }

    private OpenAiEmbeddingsRequest() {}
}
