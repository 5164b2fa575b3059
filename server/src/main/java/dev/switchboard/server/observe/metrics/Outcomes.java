package dev.switchboard.server.observe.metrics;

import java.util.Locale;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.ErrorKind;

/** A request's outcome as a small index: "ok", each error kind, and "client_gone" (the client left). */
final class Outcomes {
    private static final ErrorKind[] KINDS = ErrorKind.values();
    static final int OK = 0;
    static final int CLIENT_GONE = KINDS.length + 1;
    static final int COUNT = KINDS.length + 2;
    private static final String[] NAMES = new String[COUNT];

    static {
        NAMES[OK] = "ok";
        for (ErrorKind k : KINDS) {
            NAMES[k.ordinal() + 1] = wire(k);
        }
        NAMES[CLIENT_GONE] = "client_gone";
    }

    private Outcomes() {}

    /** The ledger's error kind ({@code UsageRecord.errorKind()}): null when it succeeded. */
    static int of(@Nullable String errorKind) {
        if (errorKind == null) {
            return OK;
        }
        if ("CLIENT_GONE".equals(errorKind)) {
            return CLIENT_GONE;
        }
        try {
            return ErrorKind.valueOf(errorKind).ordinal() + 1;
        } catch (IllegalArgumentException e) {
            return ErrorKind.INTERNAL.ordinal() + 1;
        }
    }

    static String name(int outcome) {
        return NAMES[outcome];
    }

    static String wire(ErrorKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
