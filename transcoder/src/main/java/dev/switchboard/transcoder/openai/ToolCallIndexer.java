package dev.switchboard.transcoder.openai;

import java.util.HashMap;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Gives the streamed tool calls of one choice our own positions 0, 1, 2... in order of first
 * appearance, whatever the upstream numbered them: OpenAI sends {@code index} from 0, Anthropic's
 * compatible endpoint from 1, Mistral and Ollama send no index (only an id on each whole call), and
 * some Ollama builds send 0 for every call.
 */
final class ToolCallIndexer {
    private final Map<Integer, Integer> byUpstreamIndex = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Integer, String> idOf = new HashMap<>();
    private int next;
    private int last = -1;

    /** Our position for a fragment with the given upstream index and id (either may be absent). */
    int position(@Nullable Integer upstreamIndex, @Nullable String id) {
        final boolean hasId = id != null && !id.isEmpty();
        Integer ours;
        if (upstreamIndex != null) {
            ours = byUpstreamIndex.get(upstreamIndex);
            if (ours != null && hasId && idOf.containsKey(ours) && !idOf.get(ours).equals(id)) {
                // The same index with a new id: a new call (Ollama numbering every call 0).
                ours = null;
            }
            if (ours == null) {
                ours = hasId && byId.containsKey(id) ? byId.get(id) : next++;
                byUpstreamIndex.put(upstreamIndex, ours);
            }
        } else if (hasId) {
            ours = byId.get(id);
            if (ours == null) {
                ours = next++;
            }
        } else {
            // Neither index nor id: it continues the call before it.
            ours = last >= 0 ? last : next++;
        }
        if (hasId) {
            byId.putIfAbsent(id, ours);
            idOf.putIfAbsent(ours, id);
        }
        last = ours;
        return ours;
    }
}
