package dev.switchboard.server.observe.metrics;

/**
 * Meter and label names: the OpenTelemetry GenAI semantic conventions' where they have one, in
 * their dotted form (Prometheus shows dots as underscores and adds unit suffixes), the gateway's
 * own under {@code switchboard.}. docs/observability.md lists them.
 */
final class MetricNames {
    static final String REQUEST_DURATION = "gen_ai.server.request.duration";
    static final String TTFT = "gen_ai.server.time_to_first_token";
    static final String TIME_PER_OUTPUT_TOKEN = "gen_ai.server.time_per_output_token";
    static final String TOKEN_USAGE = "gen_ai.client.token.usage";
    static final String INTER_TOKEN = "switchboard.stream.inter_token";
    static final String TOKENS = "switchboard.tokens";
    static final String COST = "switchboard.cost";
    static final String IN_FLIGHT = "switchboard.requests.in_flight";
    static final String OPEN_STREAMS = "switchboard.streams.open";
    static final String RETRIES = "switchboard.retries";
    static final String FALLBACKS = "switchboard.fallbacks";
    static final String CONTINUATIONS = "switchboard.continuations";
    static final String REFUSALS = "switchboard.refusals";
    static final String BREAKER_STATE = "switchboard.circuit_breaker.state";
    static final String PROVIDER_STATE = "switchboard.provider.state";
    static final String LEDGER_QUEUE = "switchboard.ledger.queue.depth";
    static final String LEDGER_WRITTEN = "switchboard.ledger.rows.written";
    static final String LEDGER_DROPPED = "switchboard.ledger.rows.dropped";
    static final String LEDGER_FAILED_FLUSHES = "switchboard.ledger.flush.failures";
    static final String LEDGER_FLUSH = "switchboard.ledger.flush.last.duration";
    static final String NETTY_DIRECT = "switchboard.netty.direct.memory.used";
    static final String EVENT_LOOP_PENDING = "switchboard.netty.event_loop.pending_tasks";

    static final String OPERATION = "gen_ai.operation.name";
    static final String PROVIDER = "gen_ai.provider.name";
    static final String REQUEST_MODEL = "gen_ai.request.model";
    static final String RESPONSE_MODEL = "gen_ai.response.model";
    static final String TOKEN_TYPE = "gen_ai.token.type";
    static final String ERROR_TYPE = "error.type";
    static final String INGRESS = "switchboard.ingress";
    static final String ALIAS = "switchboard.alias";
    static final String OUTCOME = "outcome";
    static final String REASON = "reason";
    static final String STATE = "state";

    private MetricNames() {}
}
