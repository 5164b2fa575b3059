package dev.switchboard.transcoder.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/**
 * What a client sees once a stream of canonical chunks is put together, the way OpenAI's SDKs do it:
 * content, reasoning and tool-call arguments concatenated per index; the last finish reason; the usage.
 * Tests compare it with values read off the recordings.
 */
public final class StreamAssembly {
    /** One tool call put together from its fragments. */
    public record Call(int index, String id, String name, String arguments) {}

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final Map<Integer, String[]> calls = new TreeMap<>();
    private FinishReason finishReason = FinishReason.FINISH_REASON_UNSPECIFIED;
    private Usage usage;
    private int chunks;

    public void add(ChatCompletionChunk chunk) {
        chunks++;
        if (chunk.hasUsage()) {
            usage = chunk.getUsage();
        }
        for (ChunkChoice choice : chunk.getChoicesList()) {
            if (choice.getIndex() != 0) {
                throw new IllegalStateException("only single-choice streams are assembled");
            }
            text.append(choice.getDelta().getContent());
            reasoning.append(choice.getDelta().getReasoning());
            for (ToolCall call : choice.getDelta().getToolCallsList()) {
                final String[] c = calls.computeIfAbsent(call.getIndex(), i -> new String[] { "", "", "" });
                if (!call.getId().isEmpty()) {
                    c[0] = call.getId();
                }
                if (!call.getName().isEmpty()) {
                    c[1] = call.getName();
                }
                c[2] += call.getArguments();
            }
            if (choice.getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED) {
                finishReason = choice.getFinishReason();
            }
        }
    }

    public String text() {
        return text.toString();
    }

    public String reasoning() {
        return reasoning.toString();
    }

    public List<Call> calls() {
        final List<Call> out = new ArrayList<>();
        calls.forEach((index, c) -> out.add(new Call(index, c[0], c[1], c[2])));
        return out;
    }

    public FinishReason finishReason() {
        return finishReason;
    }

    /** The usage of the stream, or null when no chunk carried any. */
    public Usage usage() {
        return usage;
    }

    public int chunks() {
        return chunks;
    }
}
