package dev.switchboard.server.oauth.issuer;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.google.crypto.tink.jwt.JwtValidator;
import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The configured issuers the request path reads, in memory, by their {@code iss}. Reloaded
 * (blocking) after every change; an issuer whose key settings did not change keeps its cached
 * JWK set and its fetch spacing.
 */
final class IssuerRegistry {
    /** How far the gateway's and the issuer's clocks may disagree on {@code nbf} and {@code exp}. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** An issuer, its keys and the checks its tokens must pass. */
    record Entry(IssuerSpec spec, JwksSource keys, JwtValidator validator) {}

    private final IssuerStore store;
    private final ClientFactory factory;
    private final Clock clock;
    private final JwksSource.Timing timing;
    private volatile Map<String, Entry> byIss = Map.of();

    IssuerRegistry(IssuerStore store, ClientFactory factory, Clock clock, JwksSource.Timing timing) {
        this.store = store;
        this.factory = factory;
        this.clock = clock;
        this.timing = timing;
    }

    /** Blocking: call it off the event loop. */
    synchronized void reload() {
        final Map<String, JwksSource> previous = new HashMap<>();
        byIss.values().forEach(e -> previous.put(e.spec().name(), e.keys()));
        final Map<String, Entry> next = new HashMap<>();
        for (IssuerStore.Stored s : store.list()) {
            final IssuerSpec spec = s.spec();
            final JwksSource old = previous.get(spec.name());
            final JwksSource keys = old != null && old.url().equals(spec.jwksUrl())
                                    && old.algorithms().equals(spec.algorithms())
                                    ? old : new JwksSource(spec.name(), spec.jwksUrl(), spec.algorithms(), factory,
                                                           clock, timing);
            next.put(spec.issuer(), new Entry(spec, keys, validator(spec)));
        }
        byIss = Map.copyOf(next);
    }

    @Nullable
    Entry byIss(String iss) {
        return byIss.get(iss);
    }

    private JwtValidator validator(IssuerSpec spec) {
        // IdPs set typ to "JWT" or "at+jwt" (RFC 9068) or leave it out; the issuer, audience and
        // signature are what bind a token to this gateway. Tink accepts an aud array that holds
        // the audience, and requires exp unless told otherwise.
        return JwtValidator.newBuilder()
                           .expectIssuer(spec.issuer())
                           .expectAudience(spec.audience())
                           .ignoreTypeHeader()
                           .setClockSkew(CLOCK_SKEW)
                           .setClock(clock)
                           .build();
    }
}
