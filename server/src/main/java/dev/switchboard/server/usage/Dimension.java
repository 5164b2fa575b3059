package dev.switchboard.server.usage;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.switchboard.transcoder.error.GatewayException;

/** What a usage report can be grouped by, and the rollup column that holds it. */
enum Dimension {
    PROVIDER("provider"),
    MODEL("model"),
    ALIAS("alias"),
    KEY("key_id"),
    USER("user_id");

    final String column;

    Dimension(String column) {
        this.column = column;
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The dimensions named by {@code group_by}: each value one name or several comma-separated
     * (as REST sends {@code group_by=provider,model}); INVALID_ARGUMENT for an unknown name.
     */
    static Set<Dimension> parse(List<String> groupBy) {
        final Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        for (String value : groupBy) {
            for (String name : value.split(",", -1)) {
                final String n = name.trim();
                if (n.isEmpty()) {
                    continue;
                }
                out.add(of(n));
            }
        }
        return out;
    }

    private static Dimension of(String name) {
        for (Dimension d : values()) {
            if (d.wire().equals(name)) {
                return d;
            }
        }
        throw GatewayException.invalid("group_by: '" + name + "' (expected: provider, model, alias, key or user)");
    }
}
