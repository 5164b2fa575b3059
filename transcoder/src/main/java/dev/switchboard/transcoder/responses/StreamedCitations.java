package dev.switchboard.transcoder.responses;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.v1.Citation;
import dev.switchboard.v1.Delta;

/**
 * Gives a stream's citations their span in the answer's joined text (Unicode characters). A
 * citation with a span already has it (a Responses upstream's annotation); an Anthropic citation
 * arrives as 0 to 0 before the text it covers, which is its whole text block, so it waits until
 * that block ends (a new block starts, or the stream does) and then spans the block. One per
 * stream; not thread-safe.
 */
public final class StreamedCitations {
    private int length;
    private int blockStart;
    private final List<Citation> pending = new ArrayList<>();

    /** Takes one delta in; returns the citations whose span is now known, in arrival order. */
    public List<Citation> add(Delta d) {
        final List<Citation> ready = new ArrayList<>();
        if (d.getNewTextBlock() || d.hasBlock()) {
            ready.addAll(flush());
            blockStart = length;
        }
        for (Citation c : d.getCitationsList()) {
            if (c.hasOriginal() && c.getStartIndex() == 0 && c.getEndIndex() == 0) {
                pending.add(c);
            } else {
                ready.add(c);
            }
        }
        if (d.hasContent()) {
            length += d.getContent().codePointCount(0, d.getContent().length());
        }
        return ready;
    }

    /** The text so far, in Unicode characters. */
    public int length() {
        return length;
    }

    /** Ends the open block: its waiting citations, spanning it. */
    public List<Citation> flush() {
        if (pending.isEmpty()) {
            return List.of();
        }
        final List<Citation> ready = new ArrayList<>(pending.size());
        for (Citation c : pending) {
            ready.add(c.toBuilder().setStartIndex(blockStart).setEndIndex(length).build());
        }
        pending.clear();
        return ready;
    }
}
