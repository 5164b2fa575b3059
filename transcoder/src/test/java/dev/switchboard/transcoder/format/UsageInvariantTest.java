package dev.switchboard.transcoder.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.Nullable;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.anthropic.AnthropicFormat;
import dev.switchboard.transcoder.anthropic.MessagesResponseEncoder;
import dev.switchboard.transcoder.anthropic.MessagesStreamEncoder;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.gemini.GeminiFormat;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.responses.ResponseEventEncoder;
import dev.switchboard.transcoder.responses.ResponseObjectEncoder;
import dev.switchboard.transcoder.responses.ResponsesFormat;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.StoredResponse;
import dev.switchboard.v1.Usage;

/**
 * Usage adds up, for every recording under fixtures/upstream and every body under fixtures/written
 * that carries usage, through every ingress: each answer is decoded by the production decoder of its
 * upstream format and encoded by the production encoders of the three ingress formats (whole
 * answers by the whole encoders, streams by the stream encoders). What each client is told must be
 * consistent in its own terms, and must equal what the provider billed, computed here from the
 * recording's own usage with the provider's definitions (not with the gateway's code):
 * <ul>
 *   <li>OpenAI chat and compatible servers: {@code total_tokens}; the prompt is {@code prompt_tokens};</li>
 *   <li>Anthropic: input + cache reads + cache writes + output (no total); a stream's counts are the
 *       latest of each field over message_start and message_delta;</li>
 *   <li>Gemini: {@code totalTokenCount}; the prompt is {@code promptTokenCount} +
 *       {@code toolUsePromptTokenCount}; a stream's counts are its last running total;</li>
 *   <li>Responses: {@code total_tokens}; the prompt is {@code input_tokens}.</li>
 * </ul>
 * The completion a client is told is what was billed minus the prompt, whichever way the upstream
 * split it. Provider quirks the recordings show, and the rule that reconciles each:
 * <ul>
 *   <li>xAI's {@code total_tokens} = prompt + completion + reasoning (reasoning outside the
 *       completion): the client's completion is total − prompt, reasoning inside it;</li>
 *   <li>OpenRouter reported {@code reasoning_tokens} 11 for a {@code completion_tokens} of 10 whose
 *       total is prompt + completion (written from its recording): the total shows the reasoning is
 *       inside the completion, and a part cannot exceed its whole, so reasoning is reported as at
 *       most the completion;</li>
 *   <li>Gemini's running totals are not monotonic (a later event may have a smaller or larger
 *       prompt, or drop candidatesTokenCount): the last one is the bill;</li>
 *   <li>an Anthropic-compatible server corrects {@code input_tokens} in message_delta: the latest
 *       value is the bill.</li>
 * </ul>
 */
class UsageInvariantTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] ROOTS = { "fixtures/upstream", "fixtures/written" };

    /**
     * Files that answer something and carry usage, yet are not a chat answer any ingress reports
     * usage for, or that carry no usage at all. Each new file must be in neither list or in one
     * with its reason, so a recording the walk cannot read is never skipped silently.
     */
    private static final Map<String, String> NOT_CHAT_USAGE = Map.of(
            "fixtures/upstream/openai/vercel-openai-embedding.json",
            "an embeddings answer: its usage (prompt_tokens 12 = total_tokens 12) is not a chat answer's");

    private static final Map<String, String> NO_USAGE = Map.ofEntries(
            Map.entry("fixtures/upstream/gemini/jsgenai-count-tokens.json", "a token count, not an answer"),
            Map.entry("fixtures/upstream/gemini/jsgenai-stream-error-404-model-not-found.json", "an error"),
            Map.entry("fixtures/upstream/gemini/vercel-google-429-retry-info.json", "an error"),
            Map.entry("fixtures/upstream/openai/chat/louter-stream-gpt-4o-mini-no-usage.sse",
                      "streamed without stream_options.include_usage"),
            Map.entry("fixtures/upstream/openai/chat/vercel-error-reasoning-model-legacy-parameter.json", "an error"),
            Map.entry("fixtures/upstream/openai/responses/vercel-openai-error.1.chunks.jsonl",
                      "a stream that fails before usage"),
            Map.entry("fixtures/upstream/openai/responses/vercel-openai-error.1.json", "an error"),
            Map.entry("fixtures/written/openai/chat/roleless-text.sse", "written without a usage chunk"),
            Map.entry("fixtures/written/openai/chat/roleless-tool-calls.sse", "written without a usage chunk"),
            Map.entry("fixtures/written/openai-compatible/openrouter-error-400-after-text.sse",
                      "a stream that ends in an in-band error before usage"),
            Map.entry("fixtures/written/openai-compatible/openrouter-error-400-first.sse", "an in-band error"),
            Map.entry("fixtures/written/openai-compatible/openrouter-error-server-after-text.sse",
                      "a stream that ends in an in-band error before usage"));

    enum Provider {
        OPENAI(new OpenAiFormat()),
        ANTHROPIC(new AnthropicFormat()),
        GEMINI(new GeminiFormat()),
        RESPONSES(new ResponsesFormat());

        final UpstreamFormat format;

        Provider(UpstreamFormat format) {
            this.format = format;
        }

        /** The upstream format of a file, by the folder it is kept in. */
        @Nullable
        static Provider of(String path) {
            final String p = path.substring(path.indexOf('/', "fixtures/".length()) + 1);
            if (p.startsWith("openai/responses/") || p.startsWith("responses/")) {
                return RESPONSES;
            }
            if (p.startsWith("openai/chat/") || p.startsWith("openai-compatible/")) {
                return OPENAI;
            }
            if (p.startsWith("anthropic/")) {
                return ANTHROPIC;
            }
            if (p.startsWith("gemini/")) {
                return GEMINI;
            }
            return null;
        }
    }

    /** One upstream answer: a whole body, or a stream's event payloads. */
    record Answer(String name, Provider provider, @Nullable byte[] body, @Nullable List<SseEvent> events) {
        boolean streamed() {
            return events != null;
        }

        List<JsonNode> payloads() {
            if (!streamed()) {
                return List.of(tree(body));
            }
            final List<JsonNode> out = new ArrayList<>();
            for (SseEvent e : events) {
                if (!e.isDone() && e.data().startsWith("{")) {
                    out.add(tree(e.data().getBytes(StandardCharsets.UTF_8)));
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What the provider billed, from its own usage and definitions. */
    record Bill(int prompt, int total, int cached, int cacheWrite, int reasoning, int audioPrompt,
                int audioCompletion) {
        int completion() {
            return total - prompt;
        }
    }

    static Stream<Answer> answers() {
        return files().stream().flatMap(f -> read(f).stream()).filter(a -> bill(a) != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyIngressReportsWhatTheProviderBilled(Answer answer) throws Exception {
        final Bill bill = bill(answer);
        final SoftAssertions soft = new SoftAssertions();
        if (answer.streamed()) {
            final StreamDecoder decoder = answer.provider().format.newStreamDecoder("m");
            final List<ChatCompletionChunk> chunks = new ArrayList<>();
            for (SseEvent e : answer.events()) {
                decoder.decode(e, chunks::add);
            }
            // The chat and Responses ingresses relay the last usage the stream carried.
            final Usage usage = chunks.stream().filter(ChatCompletionChunk::hasUsage).reduce((a, b) -> b)
                                      .map(ChatCompletionChunk::getUsage).orElse(null);
            assertThat(usage).as("the stream's usage").isNotNull();
            final ChatCompletionChunk usageChunk = ChatCompletionChunk.newBuilder().setId("c").setModel("m")
                                                                      .setUsage(usage).build();
            chat(soft, "chat stream", tree(OpenAiChunkEncoder.encode(usageChunk, true)).get("usage"), bill);
            messages(soft, "messages stream", messagesDelta(chunks), bill);
            responses(soft, "responses stream", responsesCompleted(chunks, usage), bill);
        } else {
            final ChatCompletionResponse r = answer.provider().format.decodeChat(answer.body());
            chat(soft, "chat", tree(OpenAiChatResponseEncoder.encode(r)).get("usage"), bill);
            messages(soft, "messages", tree(MessagesResponseEncoder.encode(r, "m")).get("usage"), bill);
            responses(soft, "responses", tree(ResponseObjectEncoder.encode(stored(r))).get("usage"), bill);
        }
        soft.assertAll();
    }

    /** The walk reads every file it finds: each one carries usage, or is listed with its reason. */
    @Test
    void everyFileCarriesUsageOrIsListedWithItsReason() {
        final TreeSet<String> without = new TreeSet<>();
        for (String f : files()) {
            final List<Answer> read = read(f);
            final boolean billed = read.stream().anyMatch(a -> bill(a) != null);
            if (!billed && !NOT_CHAT_USAGE.containsKey(f)) {
                without.add(f);
            }
        }
        assertThat(without).containsExactlyInAnyOrderElementsOf(NO_USAGE.keySet());
    }

    // --- What each client is told ---

    private static void chat(SoftAssertions soft, String ingress, JsonNode u, Bill bill) {
        final int prompt = u.get("prompt_tokens").asInt();
        final int completion = u.get("completion_tokens").asInt();
        final int total = u.get("total_tokens").asInt();
        final int cached = u.at("/prompt_tokens_details/cached_tokens").asInt();
        final int cacheWrite = u.at("/prompt_tokens_details/cache_write_tokens").asInt();
        final int reasoning = u.at("/completion_tokens_details/reasoning_tokens").asInt();
        soft.assertThat(prompt + completion).as(ingress + ": prompt + completion = total in " + u).isEqualTo(total);
        soft.assertThat(cached + cacheWrite).as(ingress + ": cache reads and writes within the prompt")
            .isLessThanOrEqualTo(prompt);
        soft.assertThat(reasoning).as(ingress + ": reasoning within the completion").isLessThanOrEqualTo(completion);
        soft.assertThat(total).as(ingress + ": total_tokens = billed").isEqualTo(bill.total());
        soft.assertThat(prompt).as(ingress + ": prompt_tokens = the provider's prompt").isEqualTo(bill.prompt());
        soft.assertThat(cached).as(ingress + ": cached_tokens").isEqualTo(bill.cached());
        soft.assertThat(cacheWrite).as(ingress + ": cache_write_tokens").isEqualTo(bill.cacheWrite());
        soft.assertThat(reasoning).as(ingress + ": reasoning_tokens")
            .isEqualTo(Math.min(bill.reasoning(), bill.completion()));
        soft.assertThat(u.at("/prompt_tokens_details/audio_tokens").asInt()).as(ingress + ": prompt audio_tokens")
            .isEqualTo(bill.audioPrompt());
        soft.assertThat(u.at("/completion_tokens_details/audio_tokens").asInt())
            .as(ingress + ": completion audio_tokens").isEqualTo(bill.audioCompletion());
    }

    private static void messages(SoftAssertions soft, String ingress, JsonNode u, Bill bill) {
        final int input = u.get("input_tokens").asInt();
        final int read = u.get("cache_read_input_tokens").asInt();
        final int write = u.get("cache_creation_input_tokens").asInt();
        final int output = u.get("output_tokens").asInt();
        soft.assertThat(input).as(ingress + ": input_tokens in " + u).isNotNegative();
        soft.assertThat(input + read + write).as(ingress + ": input + cache reads + cache writes = the prompt")
            .isEqualTo(bill.prompt());
        soft.assertThat(input + read + write + output).as(ingress + ": what Anthropic would bill = billed")
            .isEqualTo(bill.total());
        soft.assertThat(read).as(ingress + ": cache_read_input_tokens").isEqualTo(bill.cached());
        soft.assertThat(write).as(ingress + ": cache_creation_input_tokens").isEqualTo(bill.cacheWrite());
        soft.assertThat(u.at("/output_tokens_details/thinking_tokens").asInt())
            .as(ingress + ": output_tokens_details.thinking_tokens")
            .isEqualTo(Math.min(bill.reasoning(), bill.completion()));
    }

    private static void responses(SoftAssertions soft, String ingress, JsonNode u, Bill bill) {
        final int input = u.get("input_tokens").asInt();
        final int output = u.get("output_tokens").asInt();
        final int total = u.get("total_tokens").asInt();
        final int cached = u.at("/input_tokens_details/cached_tokens").asInt();
        final int cacheWrite = u.at("/input_tokens_details/cache_write_tokens").asInt();
        final int reasoning = u.at("/output_tokens_details/reasoning_tokens").asInt();
        soft.assertThat(input + output).as(ingress + ": input + output = total in " + u).isEqualTo(total);
        soft.assertThat(cached + cacheWrite).as(ingress + ": cache reads and writes within the input")
            .isLessThanOrEqualTo(input);
        soft.assertThat(reasoning).as(ingress + ": reasoning within the output").isLessThanOrEqualTo(output);
        soft.assertThat(total).as(ingress + ": total_tokens = billed").isEqualTo(bill.total());
        soft.assertThat(input).as(ingress + ": input_tokens = the provider's prompt").isEqualTo(bill.prompt());
        soft.assertThat(cached).as(ingress + ": cached_tokens").isEqualTo(bill.cached());
        soft.assertThat(cacheWrite).as(ingress + ": cache_write_tokens").isEqualTo(bill.cacheWrite());
        soft.assertThat(reasoning).as(ingress + ": reasoning_tokens")
            .isEqualTo(Math.min(bill.reasoning(), bill.completion()));
    }

    private static JsonNode messagesDelta(List<ChatCompletionChunk> chunks) {
        final MessagesStreamEncoder messages = new MessagesStreamEncoder("m");
        final StringBuilder sse = new StringBuilder();
        chunks.forEach(c -> sse.append(new String(messages.encode(c), StandardCharsets.UTF_8)));
        sse.append(new String(messages.finish(), StandardCharsets.UTF_8));
        for (SseEvent e : parse(sse.toString().getBytes(StandardCharsets.UTF_8))) {
            if ("message_delta".equals(e.event())) {
                return tree(e.data().getBytes(StandardCharsets.UTF_8)).get("usage");
            }
        }
        throw new AssertionError("no message_delta in " + sse);
    }

    /** The usage in response.completed, the stored answer carrying the stream's last usage as the server's does. */
    private static JsonNode responsesCompleted(List<ChatCompletionChunk> chunks, Usage usage) {
        final List<ResponseEventEncoder.Event> events = new ArrayList<>();
        final ResponseEventEncoder encoder = new ResponseEventEncoder(events::add);
        encoder.started(stored(ChatCompletionResponse.getDefaultInstance()));
        chunks.forEach(encoder::chunk);
        encoder.completed(stored(ChatCompletionResponse.newBuilder().setUsage(usage).build()));
        final ResponseEventEncoder.Event last = events.get(events.size() - 1);
        assertThat(last.type()).isEqualTo("response.completed");
        return tree(last.json()).at("/response/usage");
    }

    private static StoredResponse stored(ChatCompletionResponse completion) {
        return StoredResponse.newBuilder().setId("resp_1").setCreated(1)
                             .setRequest(ChatCompletionRequest.newBuilder().setModel("m"))
                             .setCompletion(completion).build();
    }

    // --- What the provider billed, read off the recording ---

    @Nullable
    static Bill bill(Answer a) {
        final List<JsonNode> payloads = a.payloads();
        switch (a.provider()) {
            case OPENAI: return openAiBill(payloads);
            case ANTHROPIC: return anthropicBill(payloads);
            case GEMINI: return geminiBill(payloads);
            default: return responsesBill(payloads);
        }
    }

    /** The last usage object (Groq's inside x_groq); total_tokens, which OpenAI's schema requires. */
    @Nullable
    private static Bill openAiBill(List<JsonNode> payloads) {
        JsonNode u = null;
        for (JsonNode p : payloads) {
            if (p.path("usage").isObject()) {
                u = p.get("usage");
            } else if (p.at("/x_groq/usage").isObject()) {
                u = p.at("/x_groq/usage");
            }
        }
        if (u == null || !u.has("prompt_tokens")) {
            return null;
        }
        final JsonNode details = u.path("prompt_tokens_details");
        // DeepSeek documents only its own field for cache hits.
        final int cached = details.has("cached_tokens") ? details.get("cached_tokens").asInt()
                                                        : u.path("prompt_cache_hit_tokens").asInt();
        return new Bill(u.get("prompt_tokens").asInt(), u.get("total_tokens").asInt(), cached,
                        details.path("cache_write_tokens").asInt(),
                        u.at("/completion_tokens_details/reasoning_tokens").asInt(),
                        details.path("audio_tokens").asInt(), u.at("/completion_tokens_details/audio_tokens").asInt());
    }

    /** message_start's usage, then each message_delta's, the latest value of each count kept. */
    @Nullable
    private static Bill anthropicBill(List<JsonNode> payloads) {
        final int[] latest = new int[5];
        boolean seen = false;
        for (JsonNode p : payloads) {
            final JsonNode u = "message_start".equals(p.path("type").asText()) ? p.at("/message/usage")
                                                                                : p.path("usage");
            if (!u.isObject()) {
                continue;
            }
            seen = true;
            final String[] fields = { "input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens",
                                      "output_tokens" };
            for (int i = 0; i < fields.length; i++) {
                if (u.has(fields[i])) {
                    latest[i] = u.get(fields[i]).asInt();
                }
            }
            if (u.at("/output_tokens_details/thinking_tokens").isNumber()) {
                latest[4] = u.at("/output_tokens_details/thinking_tokens").asInt();
            }
        }
        if (!seen) {
            return null;
        }
        final int prompt = latest[0] + latest[1] + latest[2];
        return new Bill(prompt, prompt + latest[3], latest[1], latest[2], latest[4], 0, 0);
    }

    /** The last usageMetadata with a total (Vertex's first events carry only a traffic type). */
    @Nullable
    private static Bill geminiBill(List<JsonNode> payloads) {
        JsonNode u = null;
        for (JsonNode p : payloads) {
            if (p.at("/usageMetadata/totalTokenCount").isNumber()) {
                u = p.get("usageMetadata");
            }
        }
        if (u == null) {
            return null;
        }
        final int prompt = u.path("promptTokenCount").asInt() + u.path("toolUsePromptTokenCount").asInt();
        final int audioPrompt = modality(u.path("promptTokensDetails"), "AUDIO")
                                + modality(u.path("toolUsePromptTokensDetails"), "AUDIO");
        return new Bill(prompt, u.get("totalTokenCount").asInt(), u.path("cachedContentTokenCount").asInt(), 0,
                        u.path("thoughtsTokenCount").asInt(), audioPrompt,
                        modality(u.path("candidatesTokensDetails"), "AUDIO"));
    }

    private static int modality(JsonNode counts, String modality) {
        int n = 0;
        for (JsonNode c : counts) {
            if (modality.equals(c.path("modality").asText())) {
                n += c.path("tokenCount").asInt();
            }
        }
        return n;
    }

    /** The whole response's usage, or the one in response.completed (or .incomplete). */
    @Nullable
    private static Bill responsesBill(List<JsonNode> payloads) {
        JsonNode u = null;
        for (JsonNode p : payloads) {
            if (p.path("usage").isObject()) {
                u = p.get("usage");
            } else if (p.at("/response/usage").isObject()) {
                u = p.at("/response/usage");
            }
        }
        if (u == null) {
            return null;
        }
        return new Bill(u.get("input_tokens").asInt(), u.get("total_tokens").asInt(),
                        u.at("/input_tokens_details/cached_tokens").asInt(),
                        u.at("/input_tokens_details/cache_write_tokens").asInt(),
                        u.at("/output_tokens_details/reasoning_tokens").asInt(), 0, 0);
    }

    // --- The walk ---

    /** Every response file under the roots: requests, the spec subsets, READMEs and licenses left out. */
    static List<String> files() {
        final List<String> out = new ArrayList<>();
        for (String root : ROOTS) {
            final Path dir = classpathDir(root);
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                    .map(p -> root + "/" + dir.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.endsWith(".md") && !f.contains("/LICENSES/") && !f.contains("/spec/")
                                 && !f.endsWith(".request.json"))
                    .sorted()
                    .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The answers a file holds: one, or one per successful exchange of a recorded conversation. */
    static List<Answer> read(String file) {
        final Provider provider = Provider.of(file);
        if (provider == null) {
            return List.of();
        }
        final byte[] bytes = resource(file);
        if (file.endsWith(".sse")) {
            return List.of(new Answer(file, provider, null, parse(bytes)));
        }
        if (file.endsWith(".jsonl")) {
            // vercel's format: one data payload a line, event names stripped.
            final List<SseEvent> events = new String(bytes, StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).map(l -> new SseEvent(null, l)).toList();
            return List.of(new Answer(file, provider, null, events));
        }
        final JsonNode root = tree(bytes);
        final List<Answer> out = new ArrayList<>();
        if (root.has("interactions")) {
            // js-genai replay: each SSE segment already parsed; a whole answer is the one segment.
            int i = 0;
            for (JsonNode it : root.get("interactions")) {
                final JsonNode res = it.get("response");
                final String name = file + "#" + i++;
                if (res.get("statusCode").asInt() != 200) {
                    continue;
                }
                if (it.at("/request/url").asText().contains(":streamGenerateContent")) {
                    out.add(new Answer(name, provider, null, segments(res.get("bodySegments"))));
                } else {
                    out.add(new Answer(name, provider, bytes(res.get("bodySegments").get(0)), null));
                }
            }
        } else if (root.isArray() && root.size() > 0 && root.get(0).has("request")) {
            // anthropic-sdk-python's HTTP exchanges: a streamed body is the raw SSE text.
            int i = 0;
            for (JsonNode exchange : root) {
                final JsonNode res = exchange.get("response");
                final String name = file + "#" + i++;
                if (res.get("status_code").asInt() != 200) {
                    continue;
                }
                final JsonNode body = res.get("body");
                out.add(body.isTextual()
                        ? new Answer(name, provider, null, parse(body.asText().getBytes(StandardCharsets.UTF_8)))
                        : new Answer(name, provider, bytes(body), null));
            }
        } else if (root.isArray()) {
            // Gemini's streamGenerateContent without alt=sse: one JSON array of events.
            out.add(new Answer(file, provider, null, segments(root)));
        } else {
            out.add(new Answer(file, provider, bytes, null));
        }
        return out;
    }

    private static List<SseEvent> segments(JsonNode array) {
        final List<SseEvent> events = new ArrayList<>();
        array.forEach(s -> events.add(new SseEvent(null, s.toString())));
        return events;
    }

    private static List<SseEvent> parse(byte[] sse) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(sse, events::add);
        parser.finish(events::add);
        return events;
    }

    private static Path classpathDir(String root) {
        final URL url = UsageInvariantTest.class.getClassLoader().getResource(root);
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String path) {
        try {
            return Files.readAllBytes(classpathDir(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
