-- The ledger's rows lose their primary key (issue 21: the cost of metering per request). A unique
-- index on a 40-character request id was a third B-tree written per row, about a third of SQLite's
-- work for each request. Exactly-once is now kept per batch instead: the writer records each batch's
-- id in usage_batches in the same transaction as its rows and rollups, and a batch retried after an
-- unclear failure finds its id there and is not written again. Request ids are the gateway's own
-- (never a client's), made once per request, and the core closes each request's account once.
CREATE TABLE usage_records_v8 (
    request_id         TEXT NOT NULL,
    time               BIGINT NOT NULL,
    user_id            TEXT,
    key_id             TEXT,
    key_prefix         TEXT,
    client_id          TEXT,
    issuer             TEXT,
    ingress            TEXT NOT NULL,
    provider           TEXT,
    model              TEXT,
    requested_model    TEXT NOT NULL,
    alias              TEXT,
    stream             BOOLEAN NOT NULL,
    status             INTEGER NOT NULL,
    error_kind         TEXT,
    prompt_tokens      BIGINT NOT NULL,
    completion_tokens  BIGINT NOT NULL,
    cached_tokens      BIGINT NOT NULL,
    cache_write_tokens BIGINT NOT NULL,
    reasoning_tokens   BIGINT NOT NULL,
    -- NULL when the model has no price; cost_note says why.
    cost_nanos         BIGINT,
    cost_note          TEXT,
    latency_ms         BIGINT NOT NULL,
    ttft_ms            BIGINT,
    attempts           INTEGER NOT NULL,
    failovers          INTEGER NOT NULL,
    -- 'reported', or 'estimated:<how>'.
    usage_source       TEXT NOT NULL,
    over_soft_limit    BOOLEAN NOT NULL
);

INSERT INTO usage_records_v8 (request_id, time, user_id, key_id, key_prefix, client_id, issuer, ingress,
    provider, model, requested_model, alias, stream, status, error_kind, prompt_tokens,
    completion_tokens, cached_tokens, cache_write_tokens, reasoning_tokens, cost_nanos, cost_note,
    latency_ms, ttft_ms, attempts, failovers, usage_source, over_soft_limit)
SELECT request_id, time, user_id, key_id, key_prefix, client_id, issuer, ingress, provider, model,
    requested_model, alias, stream, status, error_kind, prompt_tokens, completion_tokens, cached_tokens,
    cache_write_tokens, reasoning_tokens, cost_nanos, cost_note, latency_ms, ttft_ms, attempts,
    failovers, usage_source, over_soft_limit FROM usage_records;

DROP TABLE usage_records;

ALTER TABLE usage_records_v8 RENAME TO usage_records;

CREATE INDEX usage_records_time ON usage_records (time);

-- One row per batch the ledger wrote; deleted with the raw rows they held (retention).
CREATE TABLE usage_batches (
    batch_id   TEXT PRIMARY KEY,
    written_at BIGINT NOT NULL
);

CREATE INDEX usage_batches_written ON usage_batches (written_at);
