package dev.switchboard.server.http;

import java.util.Arrays;

import com.linecorp.armeria.common.HttpHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.usage.ReplyHeaders;

import io.netty.util.AttributeKey;

/**
 * The rate-limit headers of a REST answer, kept until the answer's own headers are built: every
 * answer of the surface, a success ({@link GatewayHeaders}, {@link SseResponse}) or an error
 * ({@link ErrorShape}, the server's error handler), adds them there. Armeria's additional headers
 * would cost more: each change copies them, and every answer merges them into its headers again,
 * name by name (six names on every answer a limit applies to).
 */
public final class AnswerHeaders implements ReplyHeaders {
    private static final AttributeKey<AnswerHeaders> ATTR = AttributeKey.valueOf(AnswerHeaders.class, "ATTR");

    /** Names and values, in turn; null when none wait. Set and taken on the request's event loop. */
    @Nullable
    private volatile CharSequence[] pending;

    private AnswerHeaders() {}

    /** The headers of {@code ctx}'s answer, which its REST service promises to add to what it answers. */
    static AnswerHeaders of(ServiceRequestContext ctx) {
        final AnswerHeaders h = new AnswerHeaders();
        ctx.setAttr(ATTR, h);
        return h;
    }

    @Override
    public void set(CharSequence name, String value) {
        setAll(name, value);
    }

    @Override
    public void setAll(CharSequence... namesAndValues) {
        final CharSequence[] before = pending;
        if (before == null) {
            pending = namesAndValues;
            return;
        }
        final CharSequence[] both = Arrays.copyOf(before, before.length + namesAndValues.length);
        System.arraycopy(namesAndValues, 0, both, before.length, namesAndValues.length);
        pending = both;
    }

    /** Adds the headers waiting for {@code ctx}'s answer to {@code b} (a later set replacing an earlier). */
    public static <B extends HttpHeadersBuilder> B addTo(@Nullable ServiceRequestContext ctx, B b) {
        final AnswerHeaders h = ctx == null ? null : ctx.attr(ATTR);
        final CharSequence[] p = h == null ? null : h.pending;
        if (p != null) {
            for (int i = 0; i + 1 < p.length; i += 2) {
                b.set(p[i], p[i + 1].toString());
            }
        }
        return b;
    }
}
