package dev.switchboard.server.oauth.issuer;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.util.Exceptions;

/**
 * One issuer's JWK set, fetched with Armeria's client (asynchronous: never blocks the event loop)
 * and cached. Fetches are shared (a burst of first requests makes one fetch) and spaced: an
 * unknown {@code kid} re-fetches at most once per {@link Timing#refetchAfter}, so a flood of made-up
 * kids costs the issuer one request. Keys older than {@link Timing#maxAge} are refreshed in the
 * background while the cached ones keep answering.
 */
final class JwksSource {
    /**
     * @param refetchAfter the least time between two fetches while keys are cached (unknown kid)
     * @param retryAfter the least time between two fetches while none ever succeeded
     * @param maxAge after this, keys are refreshed in the background
     * @param timeout the whole fetch, connection included
     */
    record Timing(Duration refetchAfter, Duration retryAfter, Duration maxAge, Duration timeout) {
        static final Timing DEFAULT = new Timing(Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofHours(1),
                                                 Duration.ofSeconds(5));
    }

    /** Far more than a JWK set of {@link Jwks#MAX_KEYS} RSA-4096 keys. */
    static final int MAX_RESPONSE_BYTES = 512 * 1024;
    private static final Logger log = LoggerFactory.getLogger(JwksSource.class);

    private final String issuerName;
    private final String url;
    private final List<String> algorithms;
    private final WebClient client;
    private final String path;
    private final Clock clock;
    private final Timing timing;

    @Nullable
    private volatile Jwks keys;
    // Guarded by this.
    @Nullable
    private CompletableFuture<Jwks> inFlight;
    private long lastAttempt;
    private boolean attempted;

    JwksSource(String issuerName, String url, List<String> algorithms, ClientFactory factory, Clock clock,
               Timing timing) {
        this.issuerName = issuerName;
        this.url = url;
        this.algorithms = List.copyOf(algorithms);
        this.clock = clock;
        this.timing = timing;
        final URI uri = URI.create(url);
        path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
               + (uri.getRawQuery() == null ? "" : '?' + uri.getRawQuery());
        client = WebClient.builder(uri.getScheme() + "://" + uri.getRawAuthority()).factory(factory)
                          .responseTimeout(timing.timeout())
                          .maxResponseLength(MAX_RESPONSE_BYTES)
                          .build();
    }

    String url() {
        return url;
    }

    List<String> algorithms() {
        return algorithms;
    }

    /**
     * The keys to verify a token naming {@code kid} (or none) with: the cached ones when they know
     * it, else those of a (shared, spaced) fetch. Completes with null when no keys could ever be
     * fetched; never exceptionally.
     */
    CompletableFuture<Jwks> keysFor(@Nullable String kid) {
        final Jwks cur = keys;
        if (cur != null && (kid == null || cur.knows(kid))) {
            if (clock.millis() - cur.fetched().toEpochMilli() >= timing.maxAge().toMillis()) {
                fetchIfDue();
            }
            return CompletableFuture.completedFuture(cur);
        }
        final CompletableFuture<Jwks> fetched = fetchIfDue();
        return fetched != null ? fetched : CompletableFuture.completedFuture(cur);
    }

    /** The running or a new fetch, or null when the last one was too recent. */
    @Nullable
    private synchronized CompletableFuture<Jwks> fetchIfDue() {
        if (inFlight != null) {
            return inFlight;
        }
        final long now = clock.millis();
        final Duration spacing = keys != null ? timing.refetchAfter() : timing.retryAfter();
        if (attempted && now - lastAttempt < spacing.toMillis()) {
            return null;
        }
        attempted = true;
        lastAttempt = now;
        final CompletableFuture<Jwks> fetch = new CompletableFuture<>();
        inFlight = fetch;
        client.get(path).aggregate().handle((res, cause) -> {
            final Jwks next = cause == null ? convert(res) : failed(Exceptions.peel(cause).getClass().getSimpleName());
            synchronized (this) {
                if (next != null) {
                    keys = next;
                }
                inFlight = null;
            }
            // A failed re-fetch keeps the keys we had: the issuer being down is no reason to
            // refuse tokens signed with keys we already trust.
            fetch.complete(next != null ? next : keys);
            return null;
        });
        return fetch;
    }

    @Nullable
    private Jwks convert(AggregatedHttpResponse res) {
        if (res.status() != HttpStatus.OK) {
            return failed("HTTP " + res.status().code());
        }
        try {
            final Jwks parsed = Jwks.parse(res.contentUtf8(), algorithms, clock.instant());
            log.debug("Fetched the JWK set of issuer '{}': kids {}", issuerName, parsed.kids());
            return parsed;
        } catch (GeneralSecurityException e) {
            return failed(e.getMessage());
        }
    }

    @Nullable
    private Jwks failed(String why) {
        log.warn("Could not fetch the JWK set of issuer '{}' from {}: {}", issuerName, url, why);
        return null;
    }
}
