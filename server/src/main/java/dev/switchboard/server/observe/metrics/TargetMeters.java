package dev.switchboard.server.observe.metrics;

import java.util.concurrent.atomic.AtomicReferenceArray;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Tokens;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The meters of one label combination (operation, ingress, provider, requested and response model,
 * alias), made once and reused by every request that has it; the request duration's meter per
 * outcome is made on the outcome's first use.
 */
final class TargetMeters {
    /** A streamed answer's timers (the registry gives the same ones to a racing second maker). */
    record StreamMeters(Timer ttft, Timer interToken, Timer timePerOutputToken) {}

    private final MeterRegistry registry;
    private final Tags tags;
    private final AtomicReferenceArray<Timer> durations = new AtomicReferenceArray<>(Outcomes.COUNT);
    /** Made on the first stream: most targets of a gateway that is never asked to stream need none. */
    @Nullable
    private volatile StreamMeters stream;
    private final DistributionSummary inputTokens;
    private final DistributionSummary outputTokens;
    private final Counter prompt;
    private final Counter completion;
    private final Counter cached;
    private final Counter cacheWrite;
    private final Counter reasoning;
    private final Counter cost;

    TargetMeters(MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
        inputTokens = tokenUsage("input");
        outputTokens = tokenUsage("output");
        prompt = tokens("input");
        completion = tokens("output");
        cached = tokens("cached");
        cacheWrite = tokens("cache_write");
        reasoning = tokens("reasoning");
        cost = Counter.builder(MetricNames.COST).baseUnit("usd")
                      .description("Spend in US dollars, as the gateway prices it").tags(tags).register(registry);
    }

    /** The streams' timers. */
    StreamMeters stream() {
        final StreamMeters s = stream;
        if (s != null) {
            return s;
        }
        final StreamMeters made = new StreamMeters(
                GenAiMeters.latency(MetricNames.TTFT, "Time to the first token of streamed answers", tags)
                           .register(registry),
                Timer.builder(MetricNames.INTER_TOKEN).description("Time between two events of a streamed answer")
                     .tags(tags).serviceLevelObjectives(GenAiMeters.INTER_TOKEN_BUCKETS).register(registry),
                Timer.builder(MetricNames.TIME_PER_OUTPUT_TOKEN)
                     .description("Per successful stream: time after the first token / (output tokens - 1)")
                     .tags(tags).serviceLevelObjectives(GenAiMeters.INTER_TOKEN_BUCKETS).register(registry));
        stream = made;
        return made;
    }

    /** The request duration's timer for an {@link Outcomes} index. */
    Timer duration(int outcome) {
        final Timer t = durations.get(outcome);
        if (t != null) {
            return t;
        }
        // Registering the same id twice gives the same meter: a race here is harmless.
        final Timer made = GenAiMeters.latency(MetricNames.REQUEST_DURATION, "Duration of inference requests", tags)
                                      .tag(MetricNames.OUTCOME, Outcomes.name(outcome)).register(registry);
        durations.set(outcome, made);
        return made;
    }

    void tokens(Tokens t) {
        inputTokens.record(t.prompt());
        outputTokens.record(t.completion());
        add(prompt, t.prompt());
        add(completion, t.completion());
        add(cached, t.cached());
        add(cacheWrite, t.cacheWrite());
        add(reasoning, t.reasoning());
    }

    void cost(long nanos) {
        if (nanos > 0) {
            cost.increment(nanos / 1e9);
        }
    }

    private static void add(Counter c, long n) {
        if (n > 0) {
            c.increment(n);
        }
    }

    private DistributionSummary tokenUsage(String type) {
        return DistributionSummary.builder(MetricNames.TOKEN_USAGE).description("Tokens per request, by direction")
                                  .tags(tags).tag(MetricNames.TOKEN_TYPE, type)
                                  .serviceLevelObjectives(GenAiMeters.TOKEN_BUCKETS).register(registry);
    }

    private Counter tokens(String type) {
        return Counter.builder(MetricNames.TOKENS).description("Tokens, by type (cached and cache_write are part of "
                                                               + "input, reasoning part of output)")
                      .tags(tags).tag(MetricNames.TOKEN_TYPE, type).register(registry);
    }
}
