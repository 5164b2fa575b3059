package dev.switchboard.bench;

import java.nio.charset.StandardCharsets;

/**
 * The bodies the benchmarks feed the codecs: the load harness's own request and the mock
 * upstream's answers (bench/load, bench/mock/mock.c), plus a tool-using request and answer of the
 * shape an agent sends, and the same streamed answer as each upstream format sends it. Shared so
 * every benchmark measures the same bytes.
 */
public final class Payloads {
    /** bench/load/chat.json: what the harness sends, byte for byte. */
    static final String CHAT_REQUEST =
            "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful "
            + "assistant.\"},{\"role\":\"user\",\"content\":\"Write one sentence about a quick brown fox jumping "
            + "over a lazy dog, please.\"}],\"max_tokens\":64,\"temperature\":0.7}";

    /** An agent's second turn: two tools, an assistant tool call and its result. */
    static final String TOOLS_REQUEST = """
            {"model":"gpt-4o-mini","messages":[
              {"role":"system","content":"You are a travel assistant. Use the tools when they help."},
              {"role":"user","content":"What's the weather in Paris and in Berlin tomorrow, and should I pack an umbrella?"},
              {"role":"assistant","content":null,"tool_calls":[
                {"id":"call_abc123","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\",\\"date\\":\\"2025-06-02\\"}"}},
                {"id":"call_def456","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Berlin\\",\\"date\\":\\"2025-06-02\\"}"}}]},
              {"role":"tool","tool_call_id":"call_abc123","content":"{\\"temp_c\\":21,\\"rain_mm\\":0.0,\\"summary\\":\\"sunny\\"}"},
              {"role":"tool","tool_call_id":"call_def456","content":"{\\"temp_c\\":17,\\"rain_mm\\":4.2,\\"summary\\":\\"showers\\"}"}],
             "tools":[
              {"type":"function","function":{"name":"get_weather","description":"Weather forecast for a city on a date.",
                "parameters":{"type":"object","properties":{"city":{"type":"string","description":"City name"},
                  "date":{"type":"string","description":"ISO date"},"unit":{"type":"string","enum":["c","f"]}},
                  "required":["city","date"],"additionalProperties":false},"strict":true}},
              {"type":"function","function":{"name":"search_hotels","description":"Hotels in a city with free rooms.",
                "parameters":{"type":"object","properties":{"city":{"type":"string"},"check_in":{"type":"string"},
                  "nights":{"type":"integer","minimum":1},"max_price":{"type":"number"}},
                  "required":["city","check_in","nights"]}}}],
             "tool_choice":"auto","parallel_tool_calls":true,"temperature":0.2,"max_completion_tokens":512,
             "user":"user-1234","metadata":{"session":"s-42"}}
            """;

    /** The mock's non-streamed answer (R_CHAT in mock.c). */
    static final String CHAT_RESPONSE =
            "{\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion\",\"created\":1700000000,"
            + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"The quick brown fox jumps over the lazy dog. This is a fixed response from the mock "
            + "upstream, long enough to look like a short real completion of about forty tokens.\",\"refusal\":null},"
            + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":25,\"completion_tokens\":40,"
            + "\"total_tokens\":65,\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},"
            + "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,\"accepted_prediction_tokens\":0,"
            + "\"rejected_prediction_tokens\":0}},\"system_fingerprint\":\"fp_mock\"}";

    /** An answer that calls a tool. */
    static final String TOOLS_RESPONSE = """
            {"id":"chatcmpl-tools","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini-2024-07-18",
             "choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[
               {"id":"call_ghi789","type":"function","function":{"name":"search_hotels","arguments":"{\\"city\\":\\"Paris\\",\\"check_in\\":\\"2025-06-02\\",\\"nights\\":2}"}}],
               "refusal":null},"logprobs":null,"finish_reason":"tool_calls"}],
             "usage":{"prompt_tokens":310,"completion_tokens":28,"total_tokens":338},"system_fingerprint":"fp_mock"}
            """;

    private static final String[] WORDS = {"The ", "quick ", "brown ", "fox ", "jumps ", "over ", "the ", "lazy ", "dog. "};

    /** The data of one mock content chunk. */
    static String openAiChunk(String choice) {
        return "{\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
               + "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_mock\",\"choices\":[" + choice + "]}";
    }

    static final String OPENAI_TEXT_CHUNK = openAiChunk(
            "{\"index\":0,\"delta\":{\"content\":\"quick \"},\"logprobs\":null,\"finish_reason\":null}");

    static final String OPENAI_TOOL_CHUNK = openAiChunk(
            "{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"ci\"}}]},"
            + "\"logprobs\":null,\"finish_reason\":null}");

    /**
     * The mock's OpenAI stream as it arrives: {@code events} events (role, words, finish) then
     * [DONE], in one buffer as the stream-tput scenario sends it.
     */
    public static byte[] openAiStream(int events) {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < events; i++) {
            final String choice;
            if (i == 0) {
                choice = "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},"
                         + "\"logprobs\":null,\"finish_reason\":null}";
            } else if (i == events - 1) {
                choice = "{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}";
            } else {
                choice = "{\"index\":0,\"delta\":{\"content\":\"" + WORDS[(i - 1) % WORDS.length]
                         + "\"},\"logprobs\":null,\"finish_reason\":null}";
            }
            sb.append("data: ").append(openAiChunk(choice)).append("\n\n");
        }
        sb.append("data: [DONE]\n\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String RESP_ID = "resp_0a63f40a2632b74300699f8818e5648196a8fa657ae8091421";
    private static final String MSG_ID = "msg_0a63f40a2632b74300699f8819a5e08196ac270722d369af5a";

    static final String RESPONSES_TEXT_DELTA = responsesDelta("quick ", 5);

    private static String responsesDelta(String text, int seq) {
        return "{\"type\":\"response.output_text.delta\",\"content_index\":0,\"delta\":\"" + text
               + "\",\"item_id\":\"" + MSG_ID + "\",\"output_index\":0,\"sequence_number\":" + seq + "}";
    }

    /**
     * A Responses API stream of the same answer (events named as OpenAI sends them): created,
     * in_progress, item and part added, {@code deltas} text deltas, the done events, completed.
     */
    static byte[] responsesStream(int deltas) {
        final String response = "{\"id\":\"" + RESP_ID + "\",\"object\":\"response\",\"created_at\":1772062745,"
                                + "\"status\":\"in_progress\",\"model\":\"gpt-4o-mini\",\"output\":[],"
                                + "\"service_tier\":\"auto\",\"usage\":null}";
        final StringBuilder sb = new StringBuilder();
        int seq = 0;
        sse(sb, "response.created", "{\"type\":\"response.created\",\"response\":" + response
                                    + ",\"sequence_number\":" + seq++ + "}");
        sse(sb, "response.in_progress", "{\"type\":\"response.in_progress\",\"response\":" + response
                                        + ",\"sequence_number\":" + seq++ + "}");
        sse(sb, "response.output_item.added", "{\"type\":\"response.output_item.added\",\"item\":{\"id\":\""
                + MSG_ID + "\",\"type\":\"message\",\"status\":\"in_progress\",\"content\":[],\"role\":\"assistant\"},"
                + "\"output_index\":0,\"sequence_number\":" + seq++ + "}");
        sse(sb, "response.content_part.added", "{\"type\":\"response.content_part.added\",\"content_index\":0,"
                + "\"item_id\":\"" + MSG_ID + "\",\"output_index\":0,\"part\":{\"type\":\"output_text\","
                + "\"annotations\":[],\"logprobs\":[],\"text\":\"\"},\"sequence_number\":" + seq++ + "}");
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < deltas; i++) {
            final String w = WORDS[i % WORDS.length];
            text.append(w);
            sse(sb, "response.output_text.delta", responsesDelta(w, seq++));
        }
        sse(sb, "response.output_text.done", "{\"type\":\"response.output_text.done\",\"content_index\":0,"
                + "\"item_id\":\"" + MSG_ID + "\",\"logprobs\":[],\"output_index\":0,\"sequence_number\":" + seq++
                + ",\"text\":\"" + text + "\"}");
        final String message = "{\"id\":\"" + MSG_ID + "\",\"type\":\"message\",\"status\":\"completed\","
                               + "\"content\":[{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],"
                               + "\"text\":\"" + text + "\"}],\"role\":\"assistant\"}";
        sse(sb, "response.content_part.done", "{\"type\":\"response.content_part.done\",\"content_index\":0,"
                + "\"item_id\":\"" + MSG_ID + "\",\"output_index\":0,\"part\":{\"type\":\"output_text\","
                + "\"annotations\":[],\"logprobs\":[],\"text\":\"" + text + "\"},\"sequence_number\":" + seq++ + "}");
        sse(sb, "response.output_item.done", "{\"type\":\"response.output_item.done\",\"item\":" + message
                + ",\"output_index\":0,\"sequence_number\":" + seq++ + "}");
        sse(sb, "response.completed", "{\"type\":\"response.completed\",\"response\":{\"id\":\"" + RESP_ID
                + "\",\"object\":\"response\",\"created_at\":1772062745,\"status\":\"completed\","
                + "\"model\":\"gpt-4o-mini\",\"output\":[" + message + "],\"service_tier\":\"default\","
                + "\"usage\":{\"input_tokens\":25,\"input_tokens_details\":{\"cached_tokens\":0},"
                + "\"output_tokens\":40,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":65}},"
                + "\"sequence_number\":" + seq++ + "}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The mock's Anthropic stream (S_ANT in mock.c): message_start, content_block_start, ping,
     * {@code deltas} text deltas, content_block_stop, message_delta, message_stop.
     */
    public static byte[] anthropicStream(int deltas) {
        final StringBuilder sb = new StringBuilder();
        sse(sb, "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_mock\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"content\":[],\"model\":\"claude-3-5-sonnet-20241022\",\"stop_reason\":null,"
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}");
        sse(sb, "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
                + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
        sse(sb, "ping", "{\"type\": \"ping\"}");
        for (int i = 0; i < deltas; i++) {
            sse(sb, "content_block_delta", anthropicDelta(WORDS[i % WORDS.length]));
        }
        sse(sb, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
        sse(sb, "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + deltas + "}}");
        sse(sb, "message_stop", "{\"type\":\"message_stop\"}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String anthropicDelta(String text) {
        return "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\""
               + text + "\"}}";
    }

    /** One chunk of Gemini's streamGenerateContent (?alt=sse), shaped as recorded from the API. */
    static String geminiChunk(String text, boolean last) {
        return "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"" + text + "\"}],\"role\":\"model\"}"
               + (last ? ",\"finishReason\":\"STOP\"" : "") + "}],\"modelVersion\":\"gemini-2.0-flash\","
               + "\"responseId\":\"pdSfaOurIPqAm9IPucqbqA4\",\"usageMetadata\":{\"promptTokenCount\":7,"
               + "\"promptTokensDetails\":[{\"modality\":\"TEXT\",\"tokenCount\":7}],\"totalTokenCount\":7}}";
    }

    /** The same answer from Gemini: {@code chunks} data-only events (CRLF line ends, as Gemini sends). */
    static byte[] geminiStream(int chunks) {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chunks; i++) {
            sb.append("data: ").append(geminiChunk(WORDS[i % WORDS.length], i == chunks - 1)).append("\r\n\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sse(StringBuilder sb, String event, String data) {
        sb.append("event: ").append(event).append('\n').append("data: ").append(data).append("\n\n");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Payloads() {}
}
