package dev.switchboard.server.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/** One request's account: closed once, priced, reconciled with the limiter, and recorded as it ended. */
class MeteredTest {
    private final List<UsageRecord> rows = new ArrayList<>();
    private final List<String> settled = new ArrayList<>();
    private boolean softOver;

    private final Limiter.Ticket ticket = new Limiter.Ticket() {
        @Override
        public GatewayException tryTarget(String provider, String model) {
            return "full".equals(provider) ? new GatewayException(ErrorKind.RATE_LIMITED, "full") : null;
        }

        @Override
        public void tryEnded() {}

        @Override
        public boolean settle(Tokens actual, @Nullable Long costNanos) {
            settled.add(actual.total() + "@" + costNanos);
            return softOver;
        }
    };
    /** 1 nano-dollar per prompt token, 2 per completion token; "free" has no price. */
    private final Pricing pricing = (provider, model, t) -> "free".equals(model) ? Cost.unknown("no price for " + model)
                                                                                 : Cost.of(t.prompt() + 2 * t.completion());

    private Metered metered(@Nullable Principal p) {
        final Meter meter = new Meter(d -> ticket, pricing, rows::add);
        return meter.admit(new Demand("req-1", p, Ingress.CHAT, "fast", true, 10, 100, ReplyHeaders.NONE,
                                           Watch.NONE));
    }

    @Test
    void aServedRequestIsPricedReconciledAndRecordedOnceWithWhoAskedAndWhatServed() {
        final Principal p = new Principal("u1", "ann", Role.MEMBER, Credential.API_KEY, "k1", "sb-abcdefgh", null,
                                          null, List.of(), null);
        final Metered m = metered(p);
        assertThat(m.tryTarget("full", "x")).isNotNull();
        assertThat(m.tryTarget("oa", "x")).isNull();
        m.trying("oa", "gpt-4o-mini", "fast");
        m.firstToken();
        m.tokens(new Tokens(12, 30, 2, 0, 5), UsageRecord.REPORTED);
        m.attempts(2, 1);
        m.succeeded();
        m.failed(new GatewayException(ErrorKind.INTERNAL, "late"));
        m.abandoned();

        assertThat(rows).hasSize(1);
        final UsageRecord r = rows.get(0);
        assertThat(r.requestId()).isEqualTo("req-1");
        assertThat(r.userId()).isEqualTo("u1");
        assertThat(r.keyId()).isEqualTo("k1");
        assertThat(r.keyPrefix()).isEqualTo("sb-abcdefgh");
        assertThat(r.ingress()).isEqualTo(Ingress.CHAT);
        assertThat(r.provider()).isEqualTo("oa");
        assertThat(r.model()).isEqualTo("gpt-4o-mini");
        assertThat(r.requestedModel()).isEqualTo("fast");
        assertThat(r.alias()).isEqualTo("fast");
        assertThat(r.stream()).isTrue();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.errorKind()).isNull();
        assertThat(r.costNanos()).isEqualTo(12 + 2 * 30);
        assertThat(r.ttftMs()).isNotNull();
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(r.failovers()).isEqualTo(1);
        assertThat(r.usageSource()).isEqualTo("reported");
        assertThat(settled).containsExactly("42@72");
    }

    @Test
    void anUnpricedModelCostsNullWithTheReasonNotZero() {
        final Metered m = metered(null);
        m.trying("oa", "free", null);
        m.tokens(new Tokens(3, 4, 0, 0, 0), UsageRecord.REPORTED);
        m.succeeded();
        assertThat(rows.get(0).costNanos()).isNull();
        assertThat(rows.get(0).costNote()).isEqualTo("no price for free");
        assertThat(settled).containsExactly("7@null");
    }

    @Test
    void aRouteFailureIsRecordedWithItsStatusAndNoProvider() {
        final Metered m = metered(null);
        m.failed(new GatewayException(ErrorKind.NOT_FOUND, "model 'nope' not found"));
        final UsageRecord r = rows.get(0);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorKind()).isEqualTo("NOT_FOUND");
        assertThat(r.provider()).isNull();
        assertThat(r.costNanos()).isNull();
        assertThat(r.costNote()).isEqualTo("no provider served the request");
        assertThat(r.usageSource()).isEqualTo("none");
        assertThat(r.ttftMs()).isNull();
    }

    @Test
    void aClientThatLeftIs499AndASoftLimitIsFlagged() {
        softOver = true;
        final Metered m = metered(null);
        m.trying("oa", "gpt-4o-mini", null);
        m.tokens(new Tokens(10, 1, 0, 0, 0), "estimated:client_left");
        m.abandoned();
        final UsageRecord r = rows.get(0);
        assertThat(r.status()).isEqualTo(Metered.CLIENT_GONE);
        assertThat(r.errorKind()).isEqualTo("CLIENT_GONE");
        assertThat(r.usageSource()).isEqualTo("estimated:client_left");
        assertThat(r.costNanos()).isEqualTo(12);
        assertThat(r.overSoftLimit()).isTrue();
    }
}
