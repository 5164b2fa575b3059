package dev.switchboard.server.observe.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The safety net under known names: at most {@code max} distinct values of one label; later new
 * values are {@link ModelLabels#OTHER}. Values admitted once stay admitted.
 */
final class LabelCap {
    private final int max;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    LabelCap(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max: " + max + " (expected: > 0)");
        }
        this.max = max;
    }

    String admit(String value) {
        if (seen.contains(value)) {
            return value;
        }
        // Racing admissions may pass max by a few: a bound, not an exact count.
        if (seen.size() >= max) {
            return ModelLabels.OTHER;
        }
        seen.add(value);
        return value;
    }
}
