package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.ReasoningTokens;
import dev.switchboard.transcoder.gemini.GeminiResponse.Call;
import dev.switchboard.transcoder.gemini.GeminiResponse.Candidate;
import dev.switchboard.transcoder.gemini.GeminiResponse.Part;
import dev.switchboard.transcoder.gemini.GeminiResponse.PartialArg;
import dev.switchboard.v1.Usage;

/**
 * Reads {@code GenerateContentResponse} JSON leniently: unknown fields and parts Gemini may add
 * (inline images, code execution, grounding) are skipped, values of the wrong type read as absent.
 */
final class GeminiResponseReader {
    private static final Logger logger = LoggerFactory.getLogger(GeminiResponseReader.class);

    /** One stream event's payload. */
    static GeminiResponse event(String data) {
        return UpstreamJson.parse(data, GeminiResponseReader::readOne);
    }

    /** A whole body: one response, or the JSON array {@code streamGenerateContent} sends without alt=sse. */
    static List<GeminiResponse> body(byte[] json) {
        return UpstreamJson.parse(json, p -> {
            final List<GeminiResponse> out = new ArrayList<>();
            if (p.hasToken(JsonToken.START_ARRAY)) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(readOne(p));
                }
            } else {
                out.add(readOne(p));
            }
            return out;
        });
    }

    private static GeminiResponse readOne(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR,
                                       "upstream returned malformed JSON: expected a GenerateContentResponse object");
        }
        String responseId = null;
        String modelVersion = null;
        long createTime = 0;
        final List<Candidate> candidates = new ArrayList<>();
        Usage usage = null;
        String blockReason = null;
        Value error = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "responseId":
                    responseId = UpstreamJson.string(p);
                    break;
                case "modelVersion":
                    modelVersion = UpstreamJson.string(p);
                    break;
                case "createTime":
                    createTime = epochSeconds(UpstreamJson.string(p));
                    break;
                case "candidates":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            final Candidate c = candidate(p, candidates.size());
                            if (c != null) {
                                candidates.add(c);
                            }
                        }
                    }
                    break;
                case "usageMetadata":
                    usage = usage(p);
                    break;
                case "promptFeedback":
                    blockReason = blockReason(p);
                    break;
                case "error":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        error = JsonValues.readValue(p);
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return new GeminiResponse(responseId, modelVersion, createTime, candidates, usage, blockReason, error);
    }

    @Nullable
    private static Candidate candidate(JsonParser p, int position) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        int index = position;
        final List<Part> parts = new ArrayList<>();
        String finishReason = null;
        String finishMessage = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "index":
                    index = UpstreamJson.intValue(p, position);
                    break;
                case "content":
                    if (UpstreamJson.isObject(p)) {
                        content(p, parts);
                    }
                    break;
                case "finishReason":
                    finishReason = UpstreamJson.string(p);
                    break;
                case "finishMessage":
                    finishMessage = UpstreamJson.string(p);
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return new Candidate(index, parts, finishReason, finishMessage);
    }

    private static void content(JsonParser p, List<Part> parts) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("parts".equals(field) && UpstreamJson.isArray(p)) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    final Part part = part(p);
                    if (part != null) {
                        parts.add(part);
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    @Nullable
    private static Part part(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        String text = null;
        boolean thought = false;
        String signature = null;
        Call call = null;
        String skipped = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "text":
                    text = UpstreamJson.string(p);
                    break;
                case "thought":
                    thought = p.hasToken(JsonToken.VALUE_TRUE);
                    break;
                case "thoughtSignature":
                    signature = UpstreamJson.string(p);
                    break;
                case "functionCall":
                    if (UpstreamJson.isObject(p)) {
                        call = call(p);
                    }
                    break;
                default:
                    skipped = field;
                    p.skipChildren();
                    break;
            }
        }
        if (text == null && call == null && signature == null) {
            logger.debug("skipped a Gemini part the gateway does not translate: {}", skipped);
            return null;
        }
        return new Part(text, thought, signature, call);
    }

    private static Call call(JsonParser p) throws IOException {
        String id = null;
        String name = null;
        String args = null;
        final List<PartialArg> partial = new ArrayList<>();
        boolean willContinue = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id":
                    id = UpstreamJson.string(p);
                    break;
                case "name":
                    name = UpstreamJson.string(p);
                    break;
                case "args":
                    if (p.hasToken(JsonToken.START_OBJECT)) {
                        args = copy(p);
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "partialArgs":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            final PartialArg arg = partialArg(p);
                            if (arg != null) {
                                partial.add(arg);
                            }
                        }
                    }
                    break;
                case "willContinue":
                    willContinue = p.hasToken(JsonToken.VALUE_TRUE);
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return new Call(id == null || id.isEmpty() ? null : id, name == null || name.isEmpty() ? null : name, args,
                        partial, willContinue);
    }

    @Nullable
    private static PartialArg partialArg(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        String path = null;
        String string = null;
        String literal = null;
        boolean willContinue = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "jsonPath":
                    path = UpstreamJson.string(p);
                    break;
                case "stringValue":
                    string = UpstreamJson.string(p);
                    break;
                case "numberValue":
                    literal = p.currentToken().isNumeric() ? p.getText() : skip(p);
                    break;
                case "boolValue":
                    literal = p.currentToken().isBoolean() ? p.getText() : skip(p);
                    break;
                case "nullValue":
                    literal = "null";
                    p.skipChildren();
                    break;
                case "willContinue":
                    willContinue = p.hasToken(JsonToken.VALUE_TRUE);
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return path == null || string == null && literal == null ? null
               : new PartialArg(path, string, literal, willContinue);
    }

    /**
     * Gemini's counts: prompt plus tool-use prompt (what a grounded answer's tools fed the model,
     * outside promptTokenCount but inside the total) as prompt, its cached part reported too; answer
     * plus thoughts as completion (thoughts also as reasoning), since candidatesTokenCount leaves
     * thoughts out. Audio is the AUDIO modality of the prompt's and tool-use prompt's details, and of
     * the candidates' details. Null when the object has no count at all, as Vertex's early events
     * carry only a traffic type.
     */
    @Nullable
    private static Usage usage(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        int prompt = 0;
        int candidates = 0;
        int thoughts = 0;
        int toolPrompt = 0;
        int cached = 0;
        int audioPrompt = 0;
        int audioCompletion = 0;
        int total = -1;
        boolean any = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "promptTokenCount":
                    prompt = UpstreamJson.intValue(p, 0);
                    any = true;
                    break;
                case "candidatesTokenCount":
                    candidates = UpstreamJson.intValue(p, 0);
                    any = true;
                    break;
                case "thoughtsTokenCount":
                    thoughts = UpstreamJson.intValue(p, 0);
                    any = true;
                    break;
                case "toolUsePromptTokenCount":
                    toolPrompt = UpstreamJson.intValue(p, 0);
                    any = true;
                    break;
                case "cachedContentTokenCount":
                    cached = UpstreamJson.intValue(p, 0);
                    any = true;
                    break;
                case "totalTokenCount":
                    total = UpstreamJson.intValue(p, -1);
                    any = true;
                    break;
                case "promptTokensDetails":
                case "toolUsePromptTokensDetails":
                    audioPrompt += audioTokens(p);
                    break;
                case "candidatesTokensDetails":
                    audioCompletion += audioTokens(p);
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (!any) {
            return null;
        }
        final int input = prompt + toolPrompt;
        final int completion = ReasoningTokens.inCompletion(input, candidates, thoughts, total, true);
        return Usage.newBuilder()
                    .setPromptTokens(input)
                    .setCompletionTokens(completion)
                    .setTotalTokens(ReasoningTokens.total(input, completion, total))
                    .setCachedPromptTokens(cached)
                    .setReasoningTokens(ReasoningTokens.within(thoughts, completion))
                    .setAudioPromptTokens(audioPrompt)
                    .setAudioCompletionTokens(audioCompletion)
                    .build();
    }

    /** The AUDIO entries of a list of {@code ModalityTokenCount}s. */
    private static int audioTokens(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return 0;
        }
        int audio = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!UpstreamJson.isObject(p)) {
                continue;
            }
            String modality = null;
            int count = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                if ("modality".equals(field)) {
                    modality = UpstreamJson.string(p);
                } else if ("tokenCount".equals(field)) {
                    count = UpstreamJson.intValue(p, 0);
                } else {
                    p.skipChildren();
                }
            }
            if ("AUDIO".equals(modality)) {
                audio += count;
            }
        }
        return audio;
    }

    @Nullable
    private static String blockReason(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        String reason = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("blockReason".equals(field)) {
                reason = UpstreamJson.string(p);
            } else {
                p.skipChildren();
            }
        }
        return reason;
    }

    /** Vertex's createTime; 0 when absent or unreadable (the decoder then stamps its own time). */
    private static long epochSeconds(@Nullable String time) {
        if (time == null) {
            return 0;
        }
        try {
            return Instant.parse(time).getEpochSecond();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    /** The JSON text of the value at the current token, as Gemini wrote it (numbers keep their digits). */
    private static String copy(JsonParser p) throws IOException {
        final StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.copyCurrentStructure(p);
        }
        return out.toString();
    }

    @Nullable
    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private GeminiResponseReader() {}
}
